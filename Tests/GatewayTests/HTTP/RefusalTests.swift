import Gateway
import GraphQL
import HTTPServer
import Testing

/// The server's own refusals, answered through ``GatewayHandler/refuse(_:)``.
@Suite struct RefusalTests {
    @Test(arguments: [
        (HTTPStatus.badRequest, "BAD_REQUEST"), (.requestTimeout, "REQUEST_REFUSED"), (.contentTooLarge, "REQUEST_REFUSED"),
        (.uriTooLong, "REQUEST_REFUSED"), (.requestHeaderFieldsTooLarge, "REQUEST_REFUSED"), (.notImplemented, "REQUEST_REFUSED"),
    ])
    func answersWithAGraphQLStyleErrorBody(status: HTTPStatus, code: String) async throws {
        let harness = try await GatewayHarness.make()
        let response = harness.handler.refuse(HTTPRefusal(status: status, reason: "Header section exceeds 16384 bytes."))
        #expect(response.status == status)
        #expect(response.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(response.errorCodes == [code])
        #expect(response.json?["errors"]?.listValue?.first?["message"] == "Header section exceeds 16384 bytes.")
        #expect(response.headers["X-Request-Id"] != nil)
    }

    @Test func countsAndLogsARefusal() async throws {
        let harness = try await GatewayHarness.make()
        let response = harness.handler.refuse(HTTPRefusal(status: .contentTooLarge, reason: "Body exceeds 1048576 bytes."))
        let line = try #require(harness.log.requests.last)
        #expect(line["status"] == 413)
        #expect(line["requestId"] == response.headers["X-Request-Id"].map(Value.string))
        #expect(line["method"] == .null)
        #expect(line["path"] == .null)
        #expect(harness.metrics.exposition().contains(#"clientela_http_requests_total{route="refused",status="413"} 1"#))
        #expect(harness.metrics.requestsInFlight == 0)
    }
}
