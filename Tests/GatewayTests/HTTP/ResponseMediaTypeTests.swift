import Gateway
import GraphQL
import HTTPServer
import Testing

/// `Accept` negotiation, alone and through the handler.
@Suite struct ResponseMediaTypeTests {
    @Test(arguments: [
        ([], ResponseMediaType.graphQLResponseJSON),
        ([""], .graphQLResponseJSON),
        (["application/graphql-response+json"], .graphQLResponseJSON),
        (["application/json"], .json),
        (["application/json; charset=utf-8"], .json),
        (["*/*"], .graphQLResponseJSON),
        (["application/*"], .graphQLResponseJSON),
        (["text/html, application/json;q=0.9, */*;q=0.8"], .json),
        (["application/graphql-response+json; charset=utf-8, application/json; charset=utf-8"], .graphQLResponseJSON),
        (["application/json, application/graphql-response+json"], .graphQLResponseJSON),
        (["application/graphql-response+json;q=0.5, application/json"], .json),
        (["application/json;q=0.5", "application/graphql-response+json;q=0.7"], .graphQLResponseJSON),
        (["*/*;q=0.1, application/json;q=0.2"], .json),
        (["APPLICATION/JSON"], .json),
        (["application/graphql-response+json; charset=latin1, application/json"], .json),
        (["garbage, application/json"], .json),
        (["application/graphql-response+json;q=0, */*"], .json),
        (["text/plain;note=\"a,b\", application/json"], .json),
    ] as [([String], ResponseMediaType)])
    func choosesTheResponseType(accept: [String], expected: ResponseMediaType) {
        #expect(ResponseMediaType.negotiate(accept: accept) == expected)
    }

    @Test(arguments: [
        ["text/html"], ["application/xml, text/*"], ["application/json;q=0"], ["*/*;q=0"], ["application/json; charset=latin1"],
        ["application/json;q=2"], ["application/graphql-response+json;q=0, application/json;q=0"],
    ])
    func findsNothingAcceptable(accept: [String]) {
        #expect(ResponseMediaType.negotiate(accept: accept) == nil)
    }

    @Test func answersWith406WhenNothingIsAcceptable() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(#"{"query":"mutation { addNote(text: \"x\") }"}"#, accept: "text/html")
        #expect(response.status == .notAcceptable)
        #expect(response.errorCodes == ["NOT_ACCEPTABLE"])
        #expect(try await harness.notesCount() == 0)
    }

    @Test func answersInApplicationJSONWhenOnlyThatIsAccepted() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(json: [("query", "{ hello }")], accept: "application/json")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
    }

    /// The draft's legacy rule: with `application/json`, a response with `data` is 200 even with
    /// errors (no 294).
    @Test func answersPartialSuccessWith200InApplicationJSON() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(json: [("query", "{ hello failing }")], accept: "application/json")
        #expect(response.status == .ok)
        #expect(response.errorCodes == ["NOT_FOUND"])
    }

    /// api.md over the draft: a request error is 4xx whatever `Accept` says.
    @Test(arguments: [
        (#"{"query":"{ hello "}"#, HTTPStatus.badRequest),
        (#"{"query":"{ nope }"}"#, .unprocessableContent),
        (#"{"query":"{ hello }","variables":[]}"#, .unprocessableContent),
        ("NONSENSE", .badRequest),
    ])
    func answersRequestErrorsWith4xxInApplicationJSONToo(body: String, status: HTTPStatus) async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(body, accept: "application/json")
        #expect(response.status == status)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
    }
}
