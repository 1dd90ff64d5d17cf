import Gateway
import GraphQL
import HTTPServer
import Testing

/// The handler behind a real ``HTTPServer`` on an ephemeral port: what a client sees on the wire.
@Suite struct GatewayEndToEndTests {
    /// Runs `body` with the harness's handler served on a free port, and shuts the server down
    /// whatever happens.
    private static func withServer(
        limits: HTTPLimits = HTTPLimits(),
        _ body: (GatewayHarness, Int) async throws -> Void
    ) async throws {
        let harness = try await GatewayHarness.make()
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0, eventLoops: 1, limits: limits), handler: harness.handler)
        let port = try server.start()
        harness.metrics.reportOpenConnections { server.statistics.openConnections }
        do {
            try await body(harness, port)
        } catch {
            await server.shutdown(gracePeriod: .seconds(1))
            throw error
        }
        await server.shutdown(gracePeriod: .seconds(1))
    }

    private static func post(_ json: String, headers: String = "", close: Bool = true) -> String {
        "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: \(json.utf8.count)\r\n"
            + headers + (close ? "Connection: close\r\n" : "") + "\r\n" + json
    }

    @Test func answersAPostedQuery() async throws {
        try await Self.withServer { _, port in
            let responses = try await RawExchange.run(port: port, request: Self.post(#"{"query":"{ hello }"}"#, headers: "X-Request-Id: e2e-1\r\n"))
            let response = try #require(responses.first)
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "application/graphql-response+json; charset=utf-8")
            #expect(response.header("X-Request-Id") == "e2e-1")
            #expect(response.text == #"{"data":{"hello":"Hello, world!"}}"#)
        }
    }

    @Test func sends294WithItsReasonPhrase() async throws {
        try await Self.withServer { _, port in
            let response = try #require(try await RawExchange.run(port: port, request: Self.post(#"{"query":"{ hello failing }"}"#)).first)
            #expect(response.status == 294)
        }
    }

    @Test func refusesAMutationOverGetOnTheWire() async throws {
        try await Self.withServer { harness, port in
            let target = "/graphql?query=" + GatewayHarness.percentEncode(#"mutation { addNote(text: "x") }"#)
            let response = try #require(try await RawExchange.run(
                port: port, request: "GET \(target) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").first)
            #expect(response.status == 405)
            #expect(response.header("Allow") == "POST")
            #expect(try await harness.notesCount() == 0)
        }
    }

    @Test func answersHeadWithTheLengthOfTheGetBodyAndNoBody() async throws {
        try await Self.withServer { _, port in
            let target = "/graphql?query=" + GatewayHarness.percentEncode("{ hello }")
            let responses = try await RawExchange.run(
                port: port,
                request: "HEAD \(target) HTTP/1.1\r\nHost: localhost\r\n\r\nGET \(target) HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                heads: [true, false])
            #expect(responses.map(\.status) == [200, 200])
            #expect(responses[0].body.isEmpty)
            #expect(responses[0].header("Content-Length") == String(responses[1].body.count))
        }
    }

    @Test func answersPipelinedRequestsInOrderAndLogsEach() async throws {
        try await Self.withServer { harness, port in
            let request = Self.post(#"{"query":"{ hello }"}"#, close: false)
                + "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + Self.post(#"{"query":"{ hello "}"#)
            let responses = try await RawExchange.run(port: port, request: request, heads: [false, false, false])
            #expect(responses.map(\.status) == [200, 200, 400])
            #expect(harness.log.requests.map { $0["path"] } == ["/graphql", "/healthz", "/graphql"])
        }
    }

    @Test func answersTheServersOwnRefusalsWithAGraphQLStyleBody() async throws {
        try await Self.withServer(limits: HTTPLimits(maxBodyBytes: 64)) { harness, port in
            let big = #"{"query":"{ hello }","pad":""# + String(repeating: "x", count: 200) + #""}"#
            let response = try #require(try await RawExchange.run(port: port, request: Self.post(big)).first)
            #expect(response.status == 413)
            #expect(response.header("Content-Type") == "application/json; charset=utf-8")
            #expect(response.text.contains(#""code":"REQUEST_REFUSED""#))
            #expect(response.header("X-Request-Id") != nil)
            #expect(harness.log.requests.last?["status"] == 413)
        }
    }

    @Test func reportsOpenConnectionsInTheMetrics() async throws {
        try await Self.withServer { _, port in
            let response = try #require(try await RawExchange.run(
                port: port, request: "GET /metrics HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").first)
            #expect(response.status == 200)
            #expect(response.text.contains("clientela_http_open_connections 1\n"))
        }
    }
}
