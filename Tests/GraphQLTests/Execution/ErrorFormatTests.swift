import GraphQL
import Synchronization
import Testing

@Suite struct ErrorFormatTests {
    typealias H = ExecutionHarness

    private struct SecretFailure: Error, CustomStringConvertible {
        var description: String { "SELECT * FROM users WHERE password = 'hunter2'" }
    }

    static let schema = H.schema([
        H.object("Query", [
            H.field("business", "String", .sync { _, _, _ in throw ResolverError.badUserInput("Email is taken.", field: "email") }),
            H.field("graphql", "String", .sync { _, _, _ in
                throw GraphQLError("Custom failure.", code: ErrorCode("CUSTOM"), extensions: ["zeta": 1, "alpha": "a"])
            }),
            H.field("secret", "String", .sync { _, _, _ in throw SecretFailure() }),
            H.field("secretAsync", "String", .async { _, _, _ in throw SecretFailure() }),
            H.constant("items", "[Item]", .list([.object(1), .object(2)])),
        ]),
        H.object("Item", [
            H.field("id", "Int", .sync(on: Int.self) { id, _, _ in
                if id == 2 { throw ResolverError("Item 2 is gone.", code: .notFound) }
                return .int(id)
            }),
        ]),
    ])

    @Test func resolverErrorsKeepTheirMessageCodeAndExtensions() async {
        let json = await H.json(Self.schema, "{ business }")
        #expect(json == #"{"errors":[{"message":"Email is taken.","locations":[{"line":1,"column":3}],"path":["business"],"extensions":{"code":"BAD_USER_INPUT","field":"email"}}],"data":{"business":null}}"#)
    }

    @Test func thrownGraphQLErrorsAreKeptAndLocated() async {
        let json = await H.json(Self.schema, "{\n  g: graphql\n}")
        #expect(json == #"{"errors":[{"message":"Custom failure.","locations":[{"line":2,"column":3}],"path":["g"],"extensions":{"code":"CUSTOM","alpha":"a","zeta":1}}],"data":{"g":null}}"#)
    }

    @Test func otherErrorsNeverShowTheirText() async {
        let seen = Mutex<[String]>([])
        let response = await H.run(Self.schema, "{ secret secretAsync }", onInternalError: { report in
            seen.withLock { $0.append("\(report.coordinate) \(report.path) \(report.error)") }
            return ["requestId": "req-42"]
        })
        let json = String(decoding: response.jsonBytes(), as: UTF8.self)
        #expect(!json.contains("hunter2"))
        #expect(json == #"{"errors":[{"message":"Internal server error","locations":[{"line":1,"column":3}],"path":["secret"],"extensions":{"code":"INTERNAL_SERVER_ERROR","requestId":"req-42"}},{"message":"Internal server error","locations":[{"line":1,"column":10}],"path":["secretAsync"],"extensions":{"code":"INTERNAL_SERVER_ERROR","requestId":"req-42"}}],"data":{"secret":null,"secretAsync":null}}"#)
        #expect(seen.withLock { $0 } == [
            "Query.secret [secret] SELECT * FROM users WHERE password = 'hunter2'",
            "Query.secretAsync [secretAsync] SELECT * FROM users WHERE password = 'hunter2'",
        ])
    }

    @Test func pathsHoldListIndices() async {
        let response = await H.run(Self.schema, "{ items { id } }")
        #expect(response.errors.map(\.path) == [["items", 1, "id"]])
        #expect(response.data == ["items": [["id": 1], ["id": nil]]])
    }

    @Test func mergedFieldsReportEveryLocation() async {
        let response = await H.run(Self.schema, "{ business ... on Query { business } }")
        #expect(response.errors.first?.locations == [SourceLocation(line: 1, column: 3), SourceLocation(line: 1, column: 27)])
    }

    @Test func requestErrorsHaveNoDataEntry() async {
        let json = await H.json(Self.schema, "{ business(x: 1) }")
        #expect(json.hasPrefix(#"{"errors":[{"message":"Unknown argument \"x\" on field \"Query.business\".""#))
        #expect(!json.contains(#""data""#))
    }

    @Test func aResponseWithoutErrorsHasOnlyData() async {
        #expect(await H.json(Self.schema, "{ __typename }") == #"{"data":{"__typename":"Query"}}"#)
    }

    @Test func extensionsAreWrittenLast() {
        var response = GraphQLResponse.result(data: ["a": 1], errors: [GraphQLError("x")])
        response.extensions = OrderedObject([("cost", 3)])
        #expect(String(decoding: response.jsonBytes(), as: UTF8.self) == #"{"errors":[{"message":"x"}],"data":{"a":1},"extensions":{"cost":3}}"#)
    }
}
