import Gateway
import GraphQL
import HTTPServer
import Testing

/// What the handler does with an authenticator's answer.
@Suite struct AuthenticationTests {
    /// Accepts one bearer token, as user `user-7`; refuses everything else.
    private struct OneToken: RequestAuthenticator {
        func authenticate(_ request: HTTPRequest, requestId: String) async -> Authentication {
            guard let field = request.headers["Authorization"] else { return .refused(reason: "No token was sent.") }
            guard field == "Bearer s3cret-token" else { return .refused(reason: "The token is not valid.") }
            return .authenticated(context: UnrestrictedContext(), userId: "user-7")
        }
    }

    /// Storage down while checking a token.
    private struct Outage: RequestAuthenticator {
        struct Down: Error, CustomStringConvertible {
            var description: String { "connection to server at 10.0.0.5 refused" }
        }

        func authenticate(_ request: HTTPRequest, requestId: String) async -> Authentication {
            .unavailable(error: Down())
        }
    }

    @Test func answersAnAuthenticationOutageWith503AndLogsIt() async throws {
        let harness = try await GatewayHarness.make(authenticator: Outage())
        let response = await harness.post(json: [("query", "{ hello }")], headers: [("X-Request-Id", "outage-1")])
        #expect(response.status == .serviceUnavailable)
        #expect(response.errorCodes == ["INTERNAL_SERVER_ERROR"])
        #expect(response.json?["errors"]?.listValue?.first?["extensions"]?["requestId"] == "outage-1")
        #expect(!response.text.contains("10.0.0.5"))
        let logged = harness.log.objects.filter { $0["event"] == "internalError" }
        #expect(logged.map { $0["requestId"] } == ["outage-1"])
        #expect(logged.first?["error"]?.stringValue?.contains("10.0.0.5") == true)
    }

    @Test func answersARefusalWith401Unauthenticated() async throws {
        let harness = try await GatewayHarness.make(authenticator: OneToken())
        let response = await harness.post(json: [("query", #"mutation { addNote(text: "x") }"#)], headers: [("Authorization", "Bearer wrong")])
        #expect(response.status == .unauthorized)
        #expect(response.errorCodes == ["UNAUTHENTICATED"])
        #expect(response.json?["errors"]?.listValue?.first?["message"] == "The token is not valid.")
        #expect(response.json?["data"] == nil)
        #expect(response.headers["WWW-Authenticate"] == "Bearer")
        #expect(try await harness.notesCount() == 0)
    }

    @Test func answers401BeforeReadingTheBody() async throws {
        let harness = try await GatewayHarness.make(authenticator: OneToken())
        let response = await harness.post("NONSENSE")
        #expect(response.status == .unauthorized)
    }

    @Test func runsAnAuthenticatedRequestAndLogsItsUser() async throws {
        let harness = try await GatewayHarness.make(authenticator: OneToken())
        let response = await harness.post(json: [("query", "{ hello }")], headers: [("Authorization", "Bearer s3cret-token")])
        #expect(response.status == .ok)
        #expect(harness.log.requests.last?["userId"] == "user-7")
    }

    @Test func asksNoTokenForTheProbesTheMetricsAndTheExplorer() async throws {
        let harness = try await GatewayHarness.make(authenticator: OneToken())
        for path in ["/", "/healthz", "/readyz", "/metrics"] {
            #expect(await harness.request("GET", path).status == .ok, "\(path)")
        }
    }

    @Test func openAccessLetsEveryoneInWithoutAUser() async throws {
        let harness = try await GatewayHarness.make(authenticator: OpenAccess())
        let response = await harness.post(json: [("query", "{ hello }")])
        #expect(response.status == .ok)
        #expect(harness.log.requests.last?["userId"] == .null)
    }
}
