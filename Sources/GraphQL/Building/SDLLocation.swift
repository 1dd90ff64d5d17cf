/// Where in which SDL file something was written: `schema/clients.graphql:12:3`.
package struct SDLLocation: Sendable, Hashable, CustomStringConvertible {
    /// The ``Source/name`` of the SDL file.
    package var sourceName: String
    package var line: Int
    package var column: Int

    package init(sourceName: String, line: Int, column: Int) {
        self.sourceName = sourceName
        self.line = line
        self.column = column
    }

    /// The start of an AST node's span in `source`.
    package init(_ source: Source, _ location: Location) {
        let position = source.location(of: location)
        self.init(sourceName: source.name, line: position.line, column: position.column)
    }

    package var description: String { "\(sourceName):\(line):\(column)" }
}
