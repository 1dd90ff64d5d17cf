import Gateway
import GraphQL
import HTTPServer
import Testing

/// `GET /graphql`: the parameters in the query string, and mutations refused with 405.
@Suite struct GraphQLGetTests {
    @Test func runsAQueryFromTheQueryString() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.get([
            ("query", "query Greet($name: String) { hello(name: $name) }"), ("variables", #"{"name":"Ada & Bob"}"#),
            ("operationName", "Greet"),
        ])
        #expect(response.status == .ok)
        #expect(response.json == ["data": ["hello": "Hello, Ada & Bob!"]])
    }

    @Test func readsPlusAsASpace() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.handler.handle(HTTPRequest(method: "GET", target: "/graphql?query=%7B+hello+%7D"))
        #expect(response.status == .ok)
        #expect(response.json == ["data": ["hello": "Hello, world!"]])
    }

    @Test(arguments: ["GET", "HEAD"])
    func refusesAMutationWith405AllowPostAndNeverRunsIt(method: String) async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.get([("query", #"mutation { addNote(text: "sneaky") }"#)], method: method)
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["Allow"] == "POST")
        #expect(try await harness.notesCount() == 0)
    }

    @Test func refusesAMutationChosenByOperationName() async throws {
        let harness = try await GatewayHarness.make()
        let document = #"query Read { hello } mutation Write { addNote(text: "sneaky") }"#
        let response = await harness.get([("query", document), ("operationName", "Write")])
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["Allow"] == "POST")
        #expect(response.errorCodes == ["METHOD_NOT_ALLOWED"])
        #expect(try await harness.notesCount() == 0)
        let read = await harness.get([("query", document), ("operationName", "Read")])
        #expect(read.status == .ok)
        #expect(read.json == ["data": ["hello": "Hello, world!"]])
    }

    /// The document is validated before its operation is looked at: an invalid mutation is 422.
    @Test func answersAnInvalidMutationWith422AndNeverRunsIt() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.get([("query", "mutation { addNote }")])
        #expect(response.status == .unprocessableContent)
        #expect(response.errorCodes == ["GRAPHQL_VALIDATION_FAILED"])
        #expect(try await harness.notesCount() == 0)
    }

    /// The engine remembers a valid document; a mutation over GET is refused the second time too.
    @Test func refusesACachedMutationOverGet() async throws {
        let harness = try await GatewayHarness.make()
        let mutation = #"mutation { addNote(text: "x") }"#
        #expect(await harness.post(json: [("query", .string(mutation))]).status == .ok)
        let response = await harness.get([("query", mutation)])
        #expect(response.status == .methodNotAllowed)
        #expect(try await harness.notesCount() == 1)
    }

    @Test func answersAGetWithoutQueryWith422() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.request("GET", "/graphql")
        #expect(response.status == .unprocessableContent)
        #expect(response.errorCodes == ["BAD_REQUEST"])
        let onlyVariables = await harness.get([("variables", "{}")])
        #expect(onlyVariables.status == .unprocessableContent)
    }

    @Test(arguments: ["/graphql?query=%7Bhello%7D&variables=%ZZ", "/graphql?query=%FF"])
    func answersBadPercentEncodingWith400(target: String) async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.request("GET", target)
        #expect(response.status == .badRequest)
        #expect(response.errorCodes == ["BAD_REQUEST"])
    }

    @Test func answersVariablesThatAreNotJSONWith400() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.get([("query", "{ hello }"), ("variables", "{name: Ada}")])
        #expect(response.status == .badRequest)
    }

    @Test(arguments: [("variables", "[1]"), ("variables", "\"x\""), ("extensions", "7")])
    func answersVariablesOrExtensionsThatAreNotObjectsWith422(name: String, value: String) async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.get([("query", "{ hello }"), (name, value)])
        #expect(response.status == .unprocessableContent)
    }

    @Test func answersARepeatedParameterWith422() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.get([("query", "{ hello }"), ("query", #"mutation { addNote(text: "x") }"#)])
        #expect(response.status == .unprocessableContent)
        #expect(try await harness.notesCount() == 0)
    }

    @Test func treatsEmptyOperationNameVariablesAndNullAsAbsent() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.get([("query", "{ hello }"), ("operationName", ""), ("variables", ""), ("extensions", "null")])
        #expect(response.status == .ok)
        #expect(response.json == ["data": ["hello": "Hello, world!"]])
    }

    @Test func ignoresUnknownParameters() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.get([("query", "{ hello }"), ("utm_source", "mail")])
        #expect(response.status == .ok)
    }

    @Test func headRunsLikeGet() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.get([("query", "{ hello }")], method: "HEAD")
        #expect(response.status == .ok)
        #expect(response.json == ["data": ["hello": "Hello, world!"]])
        #expect(response.headers["Content-Type"] == "application/graphql-response+json; charset=utf-8")
    }
}
