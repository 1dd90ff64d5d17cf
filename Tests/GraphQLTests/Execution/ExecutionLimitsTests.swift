import GraphQL
import Testing

@Suite struct ExecutionLimitsTests {
    typealias H = ExecutionHarness

    private struct Node: Sendable { let depth: Int }

    static let schema = H.schema([
        H.object("Query", [
            H.constant("node", "Node", .object(Node(depth: 1))),
            H.field("nodes", "[Node]", args: [H.arg("limit", "Int")], .sync { _, arguments, _ in
                .objects((0..<(arguments.int("limit") ?? 2)).map { _ in Node(depth: 1) })
            }),
            H.field("slow", "Node", .async { _, _, _ in
                try await Task.sleep(for: .milliseconds(60))
                return .object(Node(depth: 1))
            }),
        ]),
        H.object("Node", [
            H.field("id", "Int", .sync(on: Node.self) { node, _, _ in .int(node.depth) }),
            H.field("child", "Node", .sync(on: Node.self) { node, _, _ in .object(Node(depth: node.depth + 1)) }),
            H.field("children", "[Node]", args: [H.arg("limit", "Int")], .sync(on: Node.self) { node, arguments, _ in
                .objects((0..<(arguments.int("limit") ?? 2)).map { _ in Node(depth: node.depth + 1) })
            }),
        ]),
    ])

    private func errors(_ query: String, variables: Value? = nil, limits: ExecutionLimits = .default) async -> [GraphQLError] {
        let response = await H.run(Self.schema, query, variables: variables, limits: limits)
        if !response.errors.isEmpty { #expect(response.isRequestError) }
        return response.errors
    }

    private func nested(_ depth: Int) -> String {
        "{ node " + String(repeating: "{ child ", count: depth - 2) + "{ id }" + String(repeating: " }", count: depth - 2) + " }"
    }

    @Test func depthWithinTheLimitRuns() async {
        #expect(await errors(nested(15)).isEmpty)
    }

    @Test func depthBeyondTheLimitIsRefused() async {
        let refused = await errors(nested(17))
        #expect(refused.map(\.message) == ["Query depth 17 exceeds the limit of 15."])
        #expect(refused.map(\.code) == [.queryTooComplex])
        #expect(refused.first?.extensions == ["limit": 15, "value": 17])
    }

    @Test func depthCountsThroughFragments() async {
        let query = "{ node { ...A } } fragment A on Node { child { ...B } } fragment B on Node { child { id } }"
        let refused = await errors(query, limits: ExecutionLimits(maxDepth: 3))
        #expect(refused.map(\.message) == ["Query depth 4 exceeds the limit of 3."])
    }

    @Test func fieldCountIsRefusedAfterFragmentExpansion() async {
        let query = "{ node { ...A ...A } a: node { ...A } } fragment A on Node { id child { id } }"
        // `...A` twice in one selection set is collected once: 1 + 3, 1 + 3.
        #expect(await errors(query, limits: ExecutionLimits(maxFields: 8)).isEmpty)
        #expect(await errors(query, limits: ExecutionLimits(maxFields: 7)).map(\.message) == ["Query field count 8 exceeds the limit of 7."])
    }

    @Test func aFragmentBombIsMeasuredQuicklyAndRefused() async {
        // F0 has 1 field; each F(k) spreads F(k-1) under two aliased fields: 3 * 2^k - 2 fields.
        var query = "{ node { ...F40 } }\nfragment F0 on Node { id }\n"
        for level in 1...40 {
            query += "fragment F\(level) on Node { a: child { ...F\(level - 1) } b: child { ...F\(level - 1) } }\n"
        }
        let clock = ContinuousClock()
        let started = clock.now
        let refused = await H.run(Self.schema, query, limits: ExecutionLimits(maxDepth: 100))
        #expect(clock.now - started < .seconds(2))
        #expect(refused.errors.map(\.message) == [
            "Query field count 3298534883327 exceeds the limit of 5000.",
            "Query alias count 2199023255550 exceeds the limit of 500.",
        ])
    }

    @Test func aliasesAreCounted() async {
        let query = "{ " + (1...501).map { "a\($0): node { id }" }.joined(separator: " ") + " }"
        #expect(await errors(query).map(\.message) == ["Query alias count 501 exceeds the limit of 500."])
        #expect(await errors(query, limits: ExecutionLimits(maxAliases: 501)).isEmpty)
    }

    @Test func skippedSelectionsAreNotCounted() async {
        let query = "{ node { id } skipped: node @skip(if: true) { child { child { id } } } }"
        #expect(await errors(query, limits: ExecutionLimits(maxDepth: 2, maxAliases: 0)).isEmpty)
    }

    @Test func listLimitsAboveTheMaximumAreRefused() async {
        let literal = await errors("{ nodes(limit: 500) { id } }")
        #expect(literal.map(\.message) == [#"Argument "limit" of field "nodes" is 500, which exceeds the limit of 100."#])
        #expect(literal.first?.locations == [SourceLocation(line: 1, column: 9)])
        let variable = await errors("query Q($n: Int) { node { children(limit: $n) { id } } }", variables: ["n": 101])
        #expect(variable.map(\.message) == [#"Argument "limit" of field "children" is 101, which exceeds the limit of 100."#])
        #expect(await errors("query Q($n: Int) { nodes(limit: $n) { id } }", variables: ["n": 100]).isEmpty)
    }

    @Test func theStandardIntrospectionQueryPasses() async throws {
        let source = try LanguageHarness.fixture("introspection.graphql")
        let response = await H.run(Self.schema, source.text)
        #expect(response.errors.isEmpty)
        #expect(response.data?["__schema"]?["queryType"] == ["name": "Query"])
    }

    @Test func deepIntrospectionIsRefused() async {
        let query = "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }"
        #expect(await errors(query).map(\.message) == ["Introspection depth 3 exceeds the limit of 2."])
        let viaType = "{ __type(name: \"Node\") { fields { type { interfaces { possibleTypes { name } } } } } }"
        #expect(await errors(viaType).map(\.message) == ["Introspection depth 3 exceeds the limit of 2."])
    }

    @Test func theDeadlineStopsExecution() async {
        let response = await H.run(Self.schema, "{ slow { child { id } } }", limits: ExecutionLimits(deadline: .milliseconds(20)))
        #expect(!response.isRequestError)
        #expect(response.data == .null)
        #expect(response.errors.map(\.message) == ["The request ran past the deadline of 0.02 seconds and was stopped."])
        #expect(response.errors.map(\.code) == [.queryTooComplex])
    }

    @Test func unlimitedAllowsEverything() async {
        #expect(await errors(nested(40), limits: .unlimited).isEmpty)
    }
}
