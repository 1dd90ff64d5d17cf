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

/// A checker for the text format: comment lines, family order, sample syntax, histogram series.
enum ExpositionFormat {
    struct Violation: Error, CustomStringConvertible {
        var description: String
    }

    static func check(_ text: String) throws {
        guard text.hasSuffix("\n") else { throw Violation(description: "the text does not end with a line feed") }
        var helped: Set<String> = []
        var typed: [String: String] = [:]
        var lastBucket: (series: String, le: Double, count: Int)?
        var infinityCounts: [String: Int] = [:]
        for line in text.dropLast().split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("# HELP ") {
                let name = String(line.dropFirst(7).prefix { $0 != " " })
                guard helped.insert(name).inserted else { throw Violation(description: "HELP twice for \(name)") }
                continue
            }
            if line.hasPrefix("# TYPE ") {
                let parts = line.dropFirst(7).split(separator: " ").map(String.init)
                guard parts.count == 2, ["counter", "gauge", "histogram", "summary", "untyped"].contains(parts[1]) else {
                    throw Violation(description: "bad TYPE line: \(line)")
                }
                guard helped.contains(parts[0]), typed[parts[0]] == nil else { throw Violation(description: "TYPE out of order: \(line)") }
                typed[parts[0]] = parts[1]
                continue
            }
            let sample = try parseSample(line)
            var family = sample.name
            for suffix in ["_bucket", "_sum", "_count"] where sample.name.hasSuffix(suffix) {
                let base = String(sample.name.dropLast(suffix.count))
                if typed[base] == "histogram" { family = base }
            }
            guard typed[family] != nil else { throw Violation(description: "sample before its TYPE: \(line)") }
            if typed[family] == "counter", !family.hasSuffix("_total") { throw Violation(description: "counter without _total: \(family)") }
            guard Double(sample.value) != nil || ["+Inf", "-Inf", "NaN"].contains(sample.value) else {
                throw Violation(description: "bad value: \(line)")
            }
            if sample.name.hasSuffix("_bucket"), typed[family] == "histogram" {
                let series = sample.labels.filter { $0.0 != "le" }.map { "\($0.0)=\($0.1)" }.joined(separator: ",")
                guard let leText = sample.labels.first(where: { $0.0 == "le" })?.1, let count = Int(sample.value) else {
                    throw Violation(description: "bucket without le: \(line)")
                }
                let le = leText == "+Inf" ? Double.infinity : Double(leText) ?? .nan
                if let last = lastBucket, last.series == series, !(le > last.le && count >= last.count) {
                    throw Violation(description: "buckets not ascending and cumulative: \(line)")
                }
                lastBucket = (series, le, count)
                if le == .infinity { infinityCounts[series] = count }
            }
            if sample.name.hasSuffix("_count"), typed[family] == "histogram" {
                let series = sample.labels.map { "\($0.0)=\($0.1)" }.joined(separator: ",")
                guard infinityCounts[series] == Int(sample.value) else { throw Violation(description: "_count differs from +Inf: \(line)") }
            }
        }
    }

    /// The value of the unlabelled sample `name`.
    static func value(of name: String, in text: String) -> Double? {
        text.split(separator: "\n").first { $0.hasPrefix(name + " ") }.flatMap { Double($0.dropFirst(name.count + 1)) }
    }

    private static func parseSample(_ line: String) throws -> (name: String, labels: [(String, String)], value: String) {
        var rest = Substring(line)
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" }
        guard !name.isEmpty, !(name.first?.isNumber ?? true) else { throw Violation(description: "bad metric name: \(line)") }
        rest = rest.dropFirst(name.count)
        var labels: [(String, String)] = []
        if rest.first == "{" {
            rest = rest.dropFirst()
            while rest.first != "}" {
                let label = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                rest = rest.dropFirst(label.count)
                guard !label.isEmpty, rest.hasPrefix("=\"") else { throw Violation(description: "bad label: \(line)") }
                rest = rest.dropFirst(2)
                var value = ""
                while let character = rest.first, character != "\"" {
                    rest = rest.dropFirst()
                    if character == "\\" {
                        guard let escaped = rest.first, ["\\", "\"", "n"].contains(escaped) else {
                            throw Violation(description: "bad escape: \(line)")
                        }
                        value.append(escaped == "n" ? "\n" : escaped)
                        rest = rest.dropFirst()
                    } else {
                        value.append(character)
                    }
                }
                guard rest.first == "\"" else { throw Violation(description: "unterminated label value: \(line)") }
                rest = rest.dropFirst()
                labels.append((String(label), value))
                if rest.first == "," { rest = rest.dropFirst() }
            }
            rest = rest.dropFirst()
        }
        guard rest.first == " " else { throw Violation(description: "no space before the value: \(line)") }
        let value = String(rest.dropFirst())
        guard !value.isEmpty, !value.contains(" ") else { throw Violation(description: "bad value: \(line)") }
        return (String(name), labels, value)
    }
}
