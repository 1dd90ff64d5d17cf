import GraphQL
import Testing

/// Error propagation: a null (or an error) in a non-null position nulls the nearest nullable
/// parent, through lists and chains of non-null fields, with one error each.
@Suite struct NullPropagationTests {
    typealias H = ExecutionHarness

    /// `nonNull` is null when the node is broken; `deep` and `nullableDeep` go one level down.
    private struct Node: Sendable { let broken: Bool }

    static let schema = H.schema([
        H.object("Query", [
            H.constant("good", "Obj", .object(Node(broken: false))),
            H.constant("bad", "Obj", .object(Node(broken: true))),
            H.constant("badNonNull", "Obj!", .object(Node(broken: true))),
            H.constant("list", "[Obj]", .list([.object(Node(broken: false)), .object(Node(broken: true)), .object(Node(broken: false))])),
            H.constant("strictItems", "[Obj!]", .list([.object(Node(broken: false)), .object(Node(broken: true))])),
            H.constant("strings", "[String!]", .list([.string("a"), .null])),
            H.constant("matrix", "[[Int!]]", .list([.list([.int(1)]), .list([.int(2), .null]), .null])),
            H.constant("sibling", "String", .string("here")),
        ]),
        H.object("Obj", [
            H.field("ok", "String", .sync { _, _, _ in .string("ok") }),
            H.field("nullable", "String", .sync { _, _, _ in .null }),
            H.field("nonNull", "String!", .sync(on: Node.self) { node, _, _ in node.broken ? .null : .string("fine") }),
            H.field("deep", "Obj!", .sync(on: Node.self) { node, _, _ in .object(node) }),
            H.field("nullableDeep", "Obj", .sync(on: Node.self) { node, _, _ in .object(node) }),
            H.field("strictList", "[Obj!]!", .sync(on: Node.self) { node, _, _ in .list([.object(node)]) }),
            H.field("throws", "String!", .sync { _, _, _ in throw ResolverError("boom", code: .notFound) }),
        ]),
    ])

    private func run(_ query: String) async -> GraphQLResponse {
        await H.run(Self.schema, query)
    }

    @Test func aNullableFieldIsSimplyNull() async {
        let response = await run("{ good { ok nullable } }")
        #expect(response.data == ["good": ["ok": "ok", "nullable": nil]])
        #expect(response.errors.isEmpty)
    }

    @Test func aNullInANonNullFieldNullsTheParent() async {
        let response = await run("{ bad { ok nonNull } sibling }")
        #expect(response.data == ["bad": nil, "sibling": "here"])
        #expect(response.errors.map(\.message) == ["Cannot return null for non-nullable field Obj.nonNull."])
        #expect(response.errors.map(\.path) == [["bad", "nonNull"]])
    }

    @Test func propagationClimbsChainsOfNonNullFields() async {
        let response = await run("{ bad { ok deep { deep { nonNull } } } sibling }")
        #expect(response.data == ["bad": nil, "sibling": "here"])
        #expect(response.errors.map(\.path) == [["bad", "deep", "deep", "nonNull"]])
    }

    @Test func propagationStopsAtTheFirstNullableParent() async {
        let response = await run("{ bad { ok nullableDeep { deep { nonNull } } } }")
        #expect(response.data == ["bad": ["ok": "ok", "nullableDeep": nil]])
        #expect(response.errors.map(\.path) == [["bad", "nullableDeep", "deep", "nonNull"]])
    }

    @Test func aNonNullRootFieldNullsData() async {
        let response = await run("{ sibling badNonNull { nonNull } }")
        #expect(response.data == .null)
        #expect(!response.isRequestError)
        #expect(String(decoding: response.jsonBytes(), as: UTF8.self) == #"{"errors":[{"message":"Cannot return null for non-nullable field Obj.nonNull.","locations":[{"line":1,"column":24}],"path":["badNonNull","nonNull"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}"#)
    }

    @Test func aNullableListItemTakesTheNull() async {
        let response = await run("{ list { nonNull } }")
        #expect(response.data == ["list": [["nonNull": "fine"], nil, ["nonNull": "fine"]]])
        #expect(response.errors.map(\.path) == [["list", 1, "nonNull"]])
    }

    @Test func aNonNullListItemNullsTheList() async {
        let response = await run("{ strictItems { nonNull } strings }")
        #expect(response.data == ["strictItems": nil, "strings": nil])
        #expect(response.errors.map(\.path).sorted { "\($0!)" < "\($1!)" } == [["strictItems", 1, "nonNull"], ["strings", 1]])
        #expect(response.errors.map(\.message).contains("Cannot return null for non-nullable field Query.strings."))
    }

    @Test func nestedListsNullTheInnerListOnly() async {
        let response = await run("{ matrix }")
        #expect(response.data == ["matrix": [[1], nil, nil]])
        #expect(response.errors.map(\.path) == [["matrix", 1, 1]])
    }

    @Test func aNonNullListInANonNullChainReachesTheNullableObject() async {
        let response = await run("{ good { ok } bad { strictList { nonNull } } }")
        #expect(response.data == ["good": ["ok": "ok"], "bad": nil])
        #expect(response.errors.map(\.path) == [["bad", "strictList", 0, "nonNull"]])
    }

    @Test func aThrownErrorInANonNullFieldPropagatesWithItsOwnMessage() async {
        let response = await run("{ good { ok throws } }")
        #expect(response.data == ["good": nil])
        #expect(response.errors.map(\.message) == ["boom"])
        #expect(response.errors.first?.code == .notFound)
    }

    @Test func oneErrorPerNulledParent() async {
        let response = await run("{ bad { nonNull throws deep { nonNull } } }")
        #expect(response.data == ["bad": nil])
        #expect(response.errors.count == 1)
    }
}
