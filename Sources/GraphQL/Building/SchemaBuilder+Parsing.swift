/// Reading a module's SDL.
extension SchemaBuilder {
    /// Parses one SDL file; a syntax error becomes a problem at the error's location.
    static func parse(_ source: Source, module: String, problems: inout [SchemaBuildError.Problem]) -> SDLDocument? {
        // INTEGRATION POINT: `Parser.parse` (Language/Parser.swift, parser helper) is not on
        // main yet. Once it is:
        //     do { return SDLDocument(module: module, source: source, document: try Parser.parse(source)) }
        //     catch { problems.append(Problem(error.message, locations: error.locations.map { SDLLocation(sourceName: source.name, line: $0.line, column: $0.column) })); return nil }
        problems.append(SchemaBuildError.Problem("The SDL parser is not available yet: \(source.name) cannot be read."))
        return nil
    }
}
