import Gateway
import GraphQL
import HTTPServer
import Testing

/// `/metrics`: what is counted, and the Prometheus text format 0.0.4 it is written in.
@Suite struct ServerMetricsTests {
    @Test func servesTheExpositionWithItsContentType() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.request("GET", "/metrics")
        #expect(response.status == .ok)
        #expect(response.headers["Content-Type"] == "text/plain; version=0.0.4; charset=utf-8")
        try ExpositionFormat.check(response.text)
    }

    @Test func countsRequestsByRouteAndStatusAndErrorsByCode() async throws {
        let harness = try await GatewayHarness.make()
        _ = await harness.post(json: [("query", "{ hello }")])
        _ = await harness.get([("query", "{ hello }")])
        _ = await harness.post(json: [("query", "{ hello ")])
        _ = await harness.post(json: [("query", "{ hello failing }")])
        _ = await harness.request("GET", "/nope")
        _ = await harness.request("GET", "/also-nope")
        let text = harness.metrics.exposition()
        try ExpositionFormat.check(text)
        let lines = Set(text.split(separator: "\n").map(String.init))
        #expect(lines.contains(#"clientela_http_requests_total{route="/graphql",status="200"} 2"#))
        #expect(lines.contains(#"clientela_http_requests_total{route="/graphql",status="400"} 1"#))
        #expect(lines.contains(#"clientela_http_requests_total{route="/graphql",status="294"} 1"#))
        #expect(lines.contains(#"clientela_http_requests_total{route="other",status="404"} 2"#))
        #expect(lines.contains(#"clientela_graphql_errors_total{code="GRAPHQL_PARSE_FAILED"} 1"#))
        #expect(lines.contains(#"clientela_graphql_errors_total{code="NOT_FOUND"} 1"#))
        #expect(lines.contains(#"clientela_graphql_errors_total{code="ROUTE_NOT_FOUND"} 2"#))
        #expect(lines.contains(#"clientela_http_request_duration_seconds_count{route="/graphql"} 4"#))
        #expect(lines.contains(#"clientela_http_request_duration_seconds_bucket{route="/graphql",le="+Inf"} 4"#))
    }

    @Test func countsTheStorageStatementsOfRequests() async throws {
        let harness = try await GatewayHarness.make()
        _ = await harness.post(json: [("query", "{ storedNotes }")])
        _ = await harness.post(json: [("query", "{ a: storedNotes b: storedNotes }")])
        #expect(harness.metrics.requestStatements == 3)
        let text = harness.metrics.exposition()
        #expect(text.contains("clientela_storage_statements_total 3\n"))
        let executed = try #require(ExpositionFormat.value(of: "clientela_storage_statements_executed_total", in: text))
        #expect(executed >= 4, "the table's creation and the three reads")
    }

    @Test func reportsTheScrapeItselfInFlightAndNothingAfterwards() async throws {
        let harness = try await GatewayHarness.make()
        let response = await harness.request("GET", "/metrics")
        #expect(response.text.contains("clientela_http_requests_in_flight 1\n"))
        #expect(harness.metrics.requestsInFlight == 0)
    }

    @Test func reportsOpenConnectionsOnceTheServerIsAttached() {
        let metrics = ServerMetrics()
        #expect(!metrics.exposition().contains("clientela_http_open_connections"))
        metrics.reportOpenConnections { 3 }
        #expect(metrics.exposition().contains("# TYPE clientela_http_open_connections gauge\nclientela_http_open_connections 3\n"))
    }

    @Test func putsObservationsInTheirBuckets() throws {
        let metrics = ServerMetrics(latencyBounds: [0.01, 0.1, 1])
        for milliseconds in [5, 10, 50, 2_000] {
            metrics.record(ServerMetrics.Observation(route: "/graphql", status: 200, duration: .milliseconds(milliseconds)))
        }
        let text = metrics.exposition()
        let lines = Set(text.split(separator: "\n").map(String.init))
        #expect(lines.contains(#"clientela_http_request_duration_seconds_bucket{route="/graphql",le="0.01"} 2"#))
        #expect(lines.contains(#"clientela_http_request_duration_seconds_bucket{route="/graphql",le="0.1"} 3"#))
        #expect(lines.contains(#"clientela_http_request_duration_seconds_bucket{route="/graphql",le="1"} 3"#))
        #expect(lines.contains(#"clientela_http_request_duration_seconds_bucket{route="/graphql",le="+Inf"} 4"#))
        let sum = try #require(lines.first { $0.hasPrefix(#"clientela_http_request_duration_seconds_sum{route="/graphql"} "#) })
        #expect(abs((Double(sum.split(separator: " ")[1]) ?? 0) - 2.065) < 1e-9)
        #expect(lines.contains(#"clientela_http_request_duration_seconds_count{route="/graphql"} 4"#))
    }

    /// Known routes with real statuses are counted in atomics, anything else under the lock:
    /// both kinds land in the same series, and a known route's odd status keeps its latency.
    @Test func countsRoutesAndStatusesOutsideTheFixedTable() throws {
        let metrics = ServerMetrics(latencyBounds: [0.01])
        metrics.record(ServerMetrics.Observation(route: "custom", status: 200, duration: .milliseconds(5)))
        metrics.record(ServerMetrics.Observation(route: "/graphql", status: 799, duration: .milliseconds(20)))
        metrics.record(ServerMetrics.Observation(route: "/graphql", status: 200, errorCodes: ["A", "A"], duration: .milliseconds(5)))
        let text = metrics.exposition()
        try ExpositionFormat.check(text)
        let lines = Set(text.split(separator: "\n").map(String.init))
        #expect(lines.contains(#"clientela_http_requests_total{route="custom",status="200"} 1"#))
        #expect(lines.contains(#"clientela_http_requests_total{route="/graphql",status="799"} 1"#))
        #expect(lines.contains(#"clientela_http_requests_total{route="/graphql",status="200"} 1"#))
        #expect(lines.contains(#"clientela_graphql_errors_total{code="A"} 2"#))
        #expect(lines.contains(#"clientela_http_request_duration_seconds_bucket{route="/graphql",le="0.01"} 1"#))
        #expect(lines.contains(#"clientela_http_request_duration_seconds_count{route="/graphql"} 2"#))
        #expect(lines.contains(#"clientela_http_request_duration_seconds_count{route="custom"} 1"#))
        #expect(lines.contains(#"clientela_http_request_duration_seconds_sum{route="/graphql"} 0.025"#))
    }

    @Test func escapesLabelValuesAndHelpText() throws {
        var text = PrometheusText()
        text.family("odd_total", help: "A \\ backslash\nand a \"quote\".", type: .counter)
        text.sample("odd_total", labels: [("code", "a\"b\\c\nd")], 1)
        #expect(text.text == """
            # HELP odd_total A \\\\ backslash\\nand a "quote".
            # TYPE odd_total counter
            odd_total{code="a\\"b\\\\c\\nd"} 1

            """)
        try ExpositionFormat.check(text.text)
    }

    @Test(arguments: [(0.0025, "0.0025"), (1, "1"), (10, "10"), (.infinity, "+Inf"), (-.infinity, "-Inf"), (.nan, "NaN"), (0.00001, "1e-05")])
    func writesNumbersAsTheFormatReadsThem(value: Double, text: String) {
        #expect(PrometheusText.number(value) == text)
    }

    @Test func countsConcurrentRequestsWithoutLosingAny() async throws {
        let harness = try await GatewayHarness.make()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<50 {
                group.addTask { _ = await harness.request("GET", "/healthz") }
            }
        }
        #expect(harness.metrics.exposition().contains(#"clientela_http_requests_total{route="/healthz",status="200"} 50"#))
        #expect(harness.metrics.requestsInFlight == 0)
        #expect(harness.log.requests.count == 50)
    }
}
