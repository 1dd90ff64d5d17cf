import Gateway
import GraphQL
import HTTPServer
import Testing

/// An internal error: logged in full with the request id, shown to the caller only as a generic
/// message carrying the same id.
@Suite struct InternalErrorTests {
    @Test func putsTheRequestIdInTheErrorAndTheRealTextOnlyInTheLog() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(json: [("query", "{ hello broken }")], headers: [("X-Request-Id", "support-42")])
        #expect(response.status == .partialSuccess)
        let error = try #require(response.json?["errors"]?.listValue?.first)
        #expect(error["extensions"]?["code"] == "INTERNAL_SERVER_ERROR")
        #expect(error["extensions"]?["requestId"] == "support-42")
        #expect(!response.text.contains(GatewayHarness.internalErrorText))
        #expect(response.headers["X-Request-Id"] == "support-42")

        let logged = harness.log.objects.filter { $0["event"] == "internalError" }
        #expect(logged.count == 1)
        #expect(logged.first?["requestId"] == "support-42")
        #expect(logged.first?["field"] == "Query.broken")
        #expect(logged.first?["error"]?.stringValue?.contains(GatewayHarness.internalErrorText) == true)
    }

    @Test func usesTheGeneratedIdWhenTheClientSentNone() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.get([("query", "{ broken }")])
        let id = try #require(response.headers["X-Request-Id"])
        #expect(response.json?["errors"]?.listValue?.first?["extensions"]?["requestId"] == .string(id))
    }

    @Test func keepsTheEnginesOwnHookRunning() async throws {
        let harness = try await GatewayHarness.make(engineHook: { _ in ["traceId": "t-1"] })
        let response = await harness.get([("query", "{ broken }")], headers: [("X-Request-Id", "r-1")])
        let extensions = response.json?["errors"]?.listValue?.first?["extensions"]
        #expect(extensions?["traceId"] == "t-1")
        #expect(extensions?["requestId"] == "r-1")
    }
}
