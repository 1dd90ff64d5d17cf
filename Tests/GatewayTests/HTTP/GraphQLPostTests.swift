import Gateway
import GraphQL
import HTTPServer
import Testing

/// `POST /graphql`: the body's media type, its JSON, its shape, and the status of each outcome.
@Suite struct GraphQLPostTests {
    @Test func answersAQueryWith200AndTheGraphQLResponseMediaType() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(json: [("query", "query Greet($name: String) { hello(name: $name) }"), ("variables", ["name": "Ada"])])
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "application/graphql-response+json; charset=utf-8")
        #expect(response.json == ["data": ["hello": "Hello, Ada!"]])
    }

    @Test(arguments: [nil, "text/plain", "application/x-www-form-urlencoded", "application/graphql", "application/json; charset=latin1", "json"])
    func refusesABodyThatIsNotJSONInUTF8With415(contentType: String?) async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(#"{"query":"mutation { addNote(text: \"x\") }"}"#, contentType: contentType)
        #expect(response.status == .unsupportedMediaType)
        #expect(response.errorCodes == ["UNSUPPORTED_MEDIA_TYPE"])
        #expect(try await harness.notesCount() == 0)
    }

    @Test(arguments: ["application/json", "application/json; charset=utf-8", "Application/JSON; Charset=\"UTF-8\""])
    func acceptsJSONWithOrWithoutTheUTF8Charset(contentType: String) async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(#"{"query":"{ hello }"}"#, contentType: contentType)
        #expect(response.status == .ok)
        #expect(response.json == ["data": ["hello": "Hello, world!"]])
    }

    @Test(arguments: ["", "NONSENSE", #"{"query":"#, #"{"query":"{ hello }",}"#, "{\"query\":\"\u{7F}\"} trailing"])
    func answersUnreadableJSONWith400(body: String) async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(body)
        #expect(response.status == .badRequest)
        #expect(response.errorCodes == ["BAD_REQUEST"])
        #expect(response.json?["data"] == nil)
    }

    @Test(arguments: [
        #"[{"query":"{ hello }"}]"#,
        #""{ hello }""#,
        #"{}"#,
        #"{"qeury":"{ hello }"}"#,
        #"{"query":null}"#,
        #"{"query":42}"#,
        #"{"query":["{ hello }"]}"#,
        #"{"query":"query Q($name: String) { hello(name: $name) }","variables":["Ada"]}"#,
        #"{"query":"{ hello }","variables":"{}"}"#,
        #"{"query":"{ hello }","operationName":7}"#,
        #"{"query":"{ hello }","extensions":[]}"#,
    ])
    func answersAMalformedRequestWith422(body: String) async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(body)
        #expect(response.status == .unprocessableContent)
        #expect(response.errorCodes == ["BAD_REQUEST"])
        #expect(response.json?["data"] == nil)
    }

    @Test func treatsNullAsAbsentAndIgnoresUnknownKeys() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(
            #"{"query":"{ hello }","variables":null,"operationName":null,"extensions":null,"persisted":true,"id":7}"#)
        #expect(response.status == .ok)
        #expect(response.json == ["data": ["hello": "Hello, world!"]])
    }

    @Test func acceptsAnExtensionsObject() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(#"{"query":"{ hello }","extensions":{"trace":true}}"#)
        #expect(response.status == .ok)
    }

    @Test func answersADocumentThatDoesNotParseWith400() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(json: [("query", "{ hello ")])
        #expect(response.status == .badRequest)
        #expect(response.errorCodes == ["GRAPHQL_PARSE_FAILED"])
        #expect(response.json?["data"] == nil)
    }

    @Test func answersAValidationFailureWith422AndNeverExecutes() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(json: [("query", #"mutation { addNote(text: "x") nope }"#)])
        #expect(response.status == .unprocessableContent)
        #expect(response.errorCodes == ["GRAPHQL_VALIDATION_FAILED"])
        #expect(try await harness.notesCount() == 0)
    }

    @Test(arguments: [
        ("query A { hello } query B { hello }", nil as String?),
        ("query A { hello }", "B"),
        ("fragment F on Query { hello }", nil),
    ])
    func answersAnOperationThatCannotBeChosenWith422(query: String, operationName: String?) async throws {
        let harness = try await GatewayHarness.make()
        var fields: [(String, Value)] = [("query", .string(query))]
        if let operationName { fields.append(("operationName", .string(operationName))) }
        let response = await harness.post(json: fields)
        #expect(response.status == .unprocessableContent)
        #expect(response.json?["data"] == nil)
        #expect(!response.errorCodes.isEmpty)
    }

    @Test func answersVariablesThatFailCoercionWith422AndNeverExecutes() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(json: [
            ("query", "mutation Add($text: String!) { addNote(text: $text) }"), ("variables", ["text": 42]),
        ])
        #expect(response.status == .unprocessableContent)
        #expect(response.errorCodes == ["BAD_USER_INPUT"])
        #expect(try await harness.notesCount() == 0)
    }

    @Test func answersAQueryOverTheLimitsWith422() async throws {
        let harness = try await GatewayHarness.make(limits: ExecutionLimits(maxFields: 10))
        let aliases = (1...11).map { "a\($0): hello" }.joined(separator: " ")
        let response = await harness.post(json: [("query", .string("{ \(aliases) }"))])
        #expect(response.status == .unprocessableContent)
        #expect(response.errorCodes.contains("QUERY_TOO_COMPLEX"))
    }

    /// The parser's own limits (here the document size, 100 KiB by default) are QUERY_TOO_COMPLEX
    /// too, and 422 like the execution guards' ones.
    @Test func answersADocumentOverTheParserLimitsWith422() async throws {
        let harness = try await GatewayHarness.make()
        let padding = String(repeating: " ", count: 110_000)
        let response = await harness.post(json: [("query", .string("{ hello \(padding) }"))])
        #expect(response.status == .unprocessableContent)
        #expect(response.errorCodes == ["QUERY_TOO_COMPLEX"])
    }

    @Test func answersFieldErrorsBesideDataWith294() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(json: [("query", "{ hello failing }")])
        #expect(response.status == .partialSuccess)
        #expect(response.status.code == 294)
        #expect(response.json?["data"] == ["hello": "Hello, world!", "failing": nil])
        #expect(response.errorCodes == ["NOT_FOUND"])
    }

    @Test func runsAMutationOverPost() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(json: [("query", #"mutation { addNote(text: "first") }"#)])
        #expect(response.status == .ok)
        #expect(response.json == ["data": ["addNote": 1]])
        #expect(try await harness.notesCount() == 1)
    }

    @Test(arguments: [#"{"query":"{ hello }"}"#, "NONSENSE"])
    func marksGraphQLResponsesAsVaryingByAcceptAndNotCacheable(body: String) async throws {
        let harness = try await GatewayHarness.make()
        for accept in [nil, "text/html"] {
            let response = await harness.post(body, accept: accept)
            #expect(response.headers["Vary"] == "Accept")
            #expect(response.headers["Cache-Control"] == "no-store")
        }
    }
}
