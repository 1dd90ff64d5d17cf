/// A span of the source text, as UTF-8 byte offsets `start..<end`.
///
/// Locations never take part in equality or hashing: two AST nodes are equal when they have the
/// same structure, wherever they were written. That is what lets a test say "printing a document
/// and parsing it again gives the same AST" with a plain `==`.
package struct Location: Sendable, Hashable, CustomStringConvertible {
    package var start: Int
    package var end: Int

    package init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// A location for nodes made in code rather than parsed.
    package static let synthetic = Location(start: 0, end: 0)

    package static func == (lhs: Location, rhs: Location) -> Bool { true }
    package func hash(into hasher: inout Hasher) {}

    package var description: String { "\(start)..<\(end)" }
}

/// A 1-based line and column, as GraphQL errors report them.
///
/// Columns count UTF-16 code units from the start of the line, as graphql-js does, so that the
/// locations we report match the reference implementation on non-ASCII text.
package struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    package var line: Int
    package var column: Int

    package init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    package var description: String { "\(line):\(column)" }
}
