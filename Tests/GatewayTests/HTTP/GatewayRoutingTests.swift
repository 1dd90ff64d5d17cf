import Gateway
import GraphQL
import HTTPServer
import Testing

/// Paths and methods, the probes, the explorer page and the request id.
@Suite struct GatewayRoutingTests {
    @Test(arguments: ["/nope", "/graphql/", "/GRAPHQL", "/metrics/x", "/healthz.json"])
    func answersUnknownPathsWith404(path: String) async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.request("GET", path)
        #expect(response.status == .notFound)
        #expect(response.errorCodes == ["ROUTE_NOT_FOUND"])
    }

    @Test(arguments: ["PUT", "DELETE", "PATCH", "OPTIONS", "get"])
    func answersOtherMethodsOnGraphQLWith405(method: String) async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.request(method, "/graphql?query=%7Bhello%7D")
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["Allow"] == "GET, HEAD, POST")
    }

    @Test(arguments: ["/", "/healthz", "/readyz", "/metrics"])
    func answersPostOnReadOnlyRoutesWith405(path: String) async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.request("POST", path)
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["Allow"] == "GET, HEAD")
    }

    @Test func servesTheExplorerPage() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.request("GET", "/")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "text/html; charset=utf-8")
        #expect(response.text == ExplorerPage.html)
    }

    @Test func answersHealthz() async throws {
        let harness = try await GatewayHarness.make(ready: false)
        let response = await harness.request("GET", "/healthz")
        #expect(response.status == .ok)
        #expect(response.text == "ok\n")
    }

    @Test(arguments: [true, false])
    func answersReadyzFromTheReadinessCheck(ready: Bool) async throws {
        let harness = try await GatewayHarness.make(ready: ready)
        let response = await harness.request("GET", "/readyz")
        #expect(response.status == (ready ? .ok : .serviceUnavailable))
    }

    /// The handler answers HEAD as GET, body included: the server sends the head alone, with
    /// the body's length.
    @Test(arguments: ["/", "/healthz", "/readyz", "/metrics"])
    func answersHeadLikeGet(path: String) async throws {
        let harness = try await GatewayHarness.make()
        let get = await harness.request("GET", path)
        let head = await harness.request("HEAD", path)
        #expect(head.status == get.status)
        #expect(head.headers["Content-Type"] == get.headers["Content-Type"])
        if path != "/metrics" { #expect(head.body == get.body) }
        #expect(!head.body.isEmpty)
    }

    @Test func generatesARequestIdForEveryResponse() async throws {
        let harness = try await GatewayHarness.make()
        let first = await harness.request("GET", "/healthz")
        let second = await harness.request("GET", "/nope")
        let ids = [first, second].compactMap { $0.headers["X-Request-Id"] }
        #expect(ids.count == 2)
        #expect(ids[0] != ids[1])
        #expect(ids.allSatisfy { RequestID(clientValue: $0) != nil })
    }

    @Test(arguments: ["/", "/healthz", "/metrics", "/graphql?query=%7Bhello%7D", "/nope"])
    func forbidsContentSniffing(target: String) async throws {
        let harness = try await GatewayHarness.make()
        #expect(await harness.request("GET", target).headers["X-Content-Type-Options"] == "nosniff")
    }

    @Test func echoesASaneClientRequestId() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.post(json: [("query", "{ hello }")], headers: [("X-Request-Id", "trace-01.ABC_9")])
        #expect(response.headers["X-Request-Id"] == "trace-01.ABC_9")
        #expect(harness.log.requests.last?["requestId"] == "trace-01.ABC_9")
    }

    @Test(arguments: ["", "has space", "quote\"d", String(repeating: "a", count: 65), "é", "a\nb"])
    func replacesAnInsaneClientRequestId(value: String) async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.request("GET", "/healthz", headers: [("X-Request-Id", value)])
        let echoed = try #require(response.headers["X-Request-Id"])
        #expect(echoed != value)
        #expect(RequestID(clientValue: echoed) != nil)
    }

    @Test func generatedRequestIdsAreThirteenBase32DigitsAndNeverRepeat() {
        let ids = (0..<10_000).map { _ in RequestID.generate().text }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.utf8.count == 13 && $0.utf8.allSatisfy { (48...57).contains($0) || (97...118).contains($0) } })
        // The first digit carries the top 4 bits only (13 × 5 = 65), so it is at most "f".
        #expect(ids.allSatisfy { $0.utf8.first! <= UInt8(ascii: "f") })
        #expect(ids.allSatisfy { RequestID(clientValue: $0)?.text == $0 })
    }
}
