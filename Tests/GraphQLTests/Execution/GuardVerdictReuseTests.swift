import GraphQL
import Testing

/// An engine remembers that a document passed its limits under one outcome of its `@skip`/
/// `@include` conditions; later requests must still be refused whenever what changed (a `limit`
/// given by a variable, other conditions, other limits) takes them over a limit.
@Suite struct GuardVerdictReuseTests {
    typealias H = ExecutionHarness

    private struct Node: Sendable {}

    static let schema = H.schema([
        H.object("Query", [
            H.constant("node", "Node", .object(Node())),
            H.field("nodes", "[Node]", args: [H.arg("limit", "Int")], .sync { _, arguments, _ in
                .objects((0..<(arguments.int("limit") ?? 2)).map { _ in Node() })
            }),
        ]),
        H.object("Node", [
            H.constant("id", "Int", .int(1)),
            H.constant("child", "Node", .object(Node())),
        ]),
    ])

    private static func codes(_ engine: Engine, _ query: String, _ variables: [(String, Value)]) async -> [ErrorCode?] {
        await engine.execute(GraphQLRequest(query: query, variables: OrderedObject(variables)), context: UnrestrictedContext()).errors.map(\.code)
    }

    @Test func aLimitGivenByAVariableIsCheckedOnEveryRequest() async {
        let engine = Engine(schema: Self.schema)
        let query = "query Q($n: Int) { nodes(limit: $n) { id } }"
        #expect(await Self.codes(engine, query, [("n", .int(5))]) == [])
        #expect(await Self.codes(engine, query, [("n", .int(500))]) == [.queryTooComplex])
        #expect(await Self.codes(engine, query, [("n", .int(100))]) == [])
        #expect(await Self.codes(engine, query, [("n", .int(101))]) == [.queryTooComplex])
    }

    @Test func otherConditionsAreMeasuredAfresh() async {
        var limits = ExecutionLimits.default
        limits.maxDepth = 3
        let engine = Engine(schema: Self.schema, limits: limits)
        let query = "query Q($deep: Boolean!) { node { id child @include(if: $deep) { child { id } } } }"
        #expect(await Self.codes(engine, query, [("deep", .bool(false))]) == [])
        #expect(await Self.codes(engine, query, [("deep", .bool(true))]) == [.queryTooComplex])
        #expect(await Self.codes(engine, query, [("deep", .bool(false))]) == [])
        #expect(await Self.codes(engine, query, [("deep", .bool(true))]) == [.queryTooComplex])
    }

    @Test func aCopyWithTighterLimitsDoesNotTrustTheOriginalsVerdict() async {
        let engine = Engine(schema: Self.schema)
        let query = "query Q { node { child { child { id } } } }"
        #expect(await Self.codes(engine, query, []) == [])
        var strict = engine
        strict.limits.maxDepth = 2
        #expect(await Self.codes(strict, query, []) == [.queryTooComplex])
        #expect(await Self.codes(engine, query, []) == [])
    }
}
