import GraphQL
import Testing

/// Runs type-system rules over SDL written in a test, the way graphql-js's SDL validation tests
/// do, and compares the problems with what the test expects.
///
/// Each SDL text is a module of its own (`m0`, `m1`, …) whose file is named `m0.graphql`, …; with
/// a single module, expected locations are written `line:column`.
enum SDLHarness {
    /// The problems `rules` report for the modules' SDL (the whole rule list by default), after
    /// building the schema as far as the SDL allows. Wiring problems are left out: these modules
    /// have no Swift code.
    static func problems(_ rules: [any SDLValidationRule] = SpecifiedSDLRules.all, _ sdl: [String], permissionDirective: String = "allow") throws -> [ExpectedProblem] {
        let builder = SchemaBuilder(permissionDirective: permissionDirective)
        let documents = try sdl.enumerated().map { index, text in
            let source = Source(text, name: "m\(index).graphql")
            return SDLDocument(module: "m\(index)", source: source, document: try Parser.parse(source))
        }
        let schema = builder.assemble(documents, modules: []).schema
        return builder.validate(documents, schema: schema, rules: rules).map { ExpectedProblem($0, singleSource: sdl.count == 1) }
    }

    /// The problems `rule` reports for a document built in code, for what the parser would not
    /// let through (an enum value named `true`, an unknown directive location). Its nodes have
    /// synthetic locations, so the problems are compared by message only.
    static func messages(_ rule: any SDLValidationRule, document: Document) -> [String] {
        let builder = SchemaBuilder()
        let documents = [SDLDocument(module: "m0", source: Source("", name: "m0.graphql"), document: document)]
        let schema = builder.assemble(documents, modules: []).schema
        return builder.validate(documents, schema: schema, rules: [rule]).map(\.message)
    }

    /// The problems one rule reports for one module's SDL.
    static func problems(_ rule: any SDLValidationRule, _ sdl: String, permissionDirective: String = "allow") throws -> [ExpectedProblem] {
        try problems([rule], [sdl], permissionDirective: permissionDirective)
    }
}

/// One rule with the harness's checks bound to it: `try check.valid(sdl)`,
/// `try check.problems(sdl, [...])`.
struct SDLRuleTester {
    let rule: any SDLValidationRule

    init(_ rule: any SDLValidationRule) {
        self.rule = rule
    }

    func valid(_ sdl: String..., sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let found = try SDLHarness.problems([rule], sdl)
        #expect(found == [], sourceLocation: sourceLocation)
    }

    func problems(_ sdl: String, _ expected: [ExpectedProblem], permissionDirective: String = "allow", sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let found = try SDLHarness.problems([rule], [sdl], permissionDirective: permissionDirective)
        #expect(found == expected, sourceLocation: sourceLocation)
    }

    func problems(modules sdl: [String], _ expected: [ExpectedProblem], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let found = try SDLHarness.problems([rule], sdl)
        #expect(found == expected, sourceLocation: sourceLocation)
    }
}

/// A problem as a test states it: the message and each location, `line:column` for a single
/// module's SDL, `file:line:column` otherwise.
struct ExpectedProblem: Equatable, CustomStringConvertible {
    var message: String
    var locations: [String]

    init(_ message: String, _ locations: String...) {
        self.message = message
        self.locations = locations
    }

    init(_ problem: SchemaBuildError.Problem, singleSource: Bool) {
        self.message = problem.message
        self.locations = problem.locations.map { singleSource ? "\($0.line):\($0.column)" : $0.description }
    }

    var description: String { "\(message) at \(locations)" }
}
