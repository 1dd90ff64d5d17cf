import GraphQL
import Testing

@Suite struct EngineTests {
    typealias H = ExecutionHarness

    static let schema = H.schema([
        H.object("Query", [
            H.constant("hello", "String", .string("world")),
            H.constant("number", "Int!", .int(42)),
            H.constant("user", "User", .object(["id": "u1", "name": "Ana"] as Value)),
            H.field("echo", "String", args: [H.arg("text", "String", default: "none")], .sync { _, arguments, _ in
                .leaf(arguments["text"] ?? .null)
            }),
        ]),
        H.object("User", [H.field("id", "ID!"), H.field("name", "String")]),
    ])

    @Test func executesNestedSelectionsInDocumentOrder() async {
        let json = await H.json(Self.schema, "{ number user { name id } hello __typename }")
        #expect(json == #"{"data":{"number":42,"user":{"name":"Ana","id":"u1"},"hello":"world","__typename":"Query"}}"#)
    }

    @Test func parseErrorsAreRequestErrors() async {
        let response = await H.run(Self.schema, "{ hello ")
        #expect(response.isRequestError)
        #expect(response.data == nil)
        #expect(response.errors.first?.code == .parseFailed)
    }

    @Test func validationErrorsAreRequestErrors() async {
        let response = await H.run(Self.schema, "{ nope }")
        #expect(response.isRequestError)
        #expect(response.errors.first?.code == .validationFailed)
        #expect(String(decoding: response.jsonBytes(), as: UTF8.self).hasPrefix(#"{"errors":[{"message":"Cannot query field \"nope\" on type \"Query\"."#))
    }

    @Test func selectsTheNamedOperation() async {
        let query = "query A { hello } query B { number }"
        #expect(await H.json(Self.schema, query, operationName: "B") == #"{"data":{"number":42}}"#)
        let missing = await H.run(Self.schema, query)
        #expect(missing.errors.map(\.message) == ["Must provide operation name if query contains multiple operations."])
        #expect(missing.errors.first?.code == .operationResolutionFailure)
        let unknown = await H.run(Self.schema, query, operationName: "C")
        #expect(unknown.errors.map(\.message) == ["Unknown operation named \"C\"."])
        #expect(unknown.isRequestError)
    }

    @Test func refusesSubscriptions() async {
        let schema = Schema(queryType: "Query", subscriptionType: "Query", types: Self.schema.typeNames.compactMap(Self.schema.type(named:)), directives: [])
        let response = await H.run(schema, "subscription { hello }")
        #expect(response.isRequestError)
        #expect(response.errors.first?.code == .operationNotSupported)
    }

    @Test func argumentDefaultsApplyWhenAbsent() async {
        #expect(await H.json(Self.schema, #"{ a: echo b: echo(text: "hi") }"#) == #"{"data":{"a":"none","b":"hi"}}"#)
    }

    @Test func typeNameOnTheMutationRoot() async {
        let schema = H.schema(mutation: "Mutation", [
            H.object("Query", [H.constant("a", "Int", .int(1))]),
            H.object("Mutation", [H.constant("b", "Int", .int(2))]),
        ])
        #expect(await H.json(schema, "mutation { __typename b }") == #"{"data":{"__typename":"Mutation","b":2}}"#)
    }
}
