/// Reading a module's SDL.
extension SchemaBuilder {
    /// Parses one SDL file; a syntax error becomes a problem at the error's location.
    static func parse(_ source: Source, module: String, problems: inout [SchemaBuildError.Problem]) -> SDLDocument? {
        do {
            return SDLDocument(module: module, source: source, document: try Parser.parse(source))
        } catch {
            problems.append(SchemaBuildError.Problem(
                error.message,
                locations: error.locations.map { SDLLocation(sourceName: source.name, line: $0.line, column: $0.column) }))
            return nil
        }
    }
}
