import GraphQL
import Testing

/// Runs one validation rule over a document, the way graphql-js's validation test harness does,
/// and compares the errors with what graphql-js reports.
///
/// Queries are written as in graphql-js's tests: the harness puts the newline that starts every
/// template literal there in front of the text, so a query's lines and columns are the ones the
/// reference tests expect when its indentation relative to the closing `"""` is theirs.
enum ValidationHarness {
    /// The errors `rule` reports for `query` against `schema` (by default ``TestSchema/standard``).
    static func errors(_ rule: any ValidationRule, _ query: String, schema: Schema = TestSchema.standard) throws -> [GraphQLError] {
        let source = Source("\n" + query)
        let document = try Parser.parse(source)
        return Validator.validate(document, source: source, schema: schema, rules: [rule])
    }

    /// Expects `rule` to accept `query`.
    static func expectValid(
        _ rule: any ValidationRule,
        _ query: String,
        schema: Schema = TestSchema.standard,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let found = try errors(rule, query, schema: schema).map(ExpectedError.init)
        #expect(found == [], sourceLocation: sourceLocation)
    }

    /// Expects `rule` to report exactly `expected`, in order.
    static func expectErrors(
        _ rule: any ValidationRule,
        _ query: String,
        _ expected: [ExpectedError],
        schema: Schema = TestSchema.standard,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let found = try errors(rule, query, schema: schema)
        #expect(found.map(ExpectedError.init) == expected, sourceLocation: sourceLocation)
        #expect(found.allSatisfy { $0.code == .validationFailed }, sourceLocation: sourceLocation)
    }
}

/// One rule with the harness's checks bound to it, so a test suite reads
/// `try check.errors(query, [...])`.
struct RuleTester {
    let rule: any ValidationRule
    var schema: Schema = TestSchema.standard

    init(_ rule: any ValidationRule, schema: Schema = TestSchema.standard) {
        self.rule = rule
        self.schema = schema
    }

    func valid(_ query: String, schema: Schema? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try ValidationHarness.expectValid(rule, query, schema: schema ?? self.schema, sourceLocation: sourceLocation)
    }

    func errors(_ query: String, _ expected: [ExpectedError], schema: Schema? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try ValidationHarness.expectErrors(rule, query, expected, schema: schema ?? self.schema, sourceLocation: sourceLocation)
    }
}

/// An error as a reference test states it: the message and the `line:column` of each location.
struct ExpectedError: Equatable, CustomStringConvertible {
    var message: String
    var locations: [GraphQL.SourceLocation]

    init(_ message: String, _ locations: (Int, Int)...) {
        self.message = message
        self.locations = locations.map { GraphQL.SourceLocation(line: $0.0, column: $0.1) }
    }

    init(_ error: GraphQLError) {
        self.message = error.message
        self.locations = error.locations
    }

    var description: String { "\(message) at \(locations)" }
}
