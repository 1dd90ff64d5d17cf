extension ServerMetrics {
    /// The metrics in the Prometheus text format, version 0.0.4, families and series in a fixed
    /// order so that two scrapes compare line by line.
    ///
    /// A family with no series yet (no error so far) still gets its `HELP` and `TYPE` lines, so
    /// a dashboard can find it on a fresh server.
    package func exposition() -> String {
        let tables = snapshot
        let sources = countSources
        var text = PrometheusText()

        text.family("clientela_build_info", help: "The running version of Clientela; always 1.", type: .gauge)
        text.sample("clientela_build_info", labels: [("version", ClientelaVersion.current)], 1)

        text.family("clientela_http_requests_total", help: "HTTP responses sent, by route and status code.", type: .counter)
        for (key, count) in tables.requests.sorted(by: { $0.key < $1.key }) {
            text.sample("clientela_http_requests_total", labels: [("route", key.route), ("status", String(key.status))], count)
        }

        text.family("clientela_graphql_errors_total", help: "Errors in responses, by extensions.code.", type: .counter)
        for (code, count) in tables.errors.sorted(by: { $0.key < $1.key }) {
            text.sample("clientela_graphql_errors_total", labels: [("code", code)], count)
        }

        let latency = "clientela_http_request_duration_seconds"
        text.family(latency, help: "Time from a request read to its response ready, by route.", type: .histogram)
        for (route, histogram) in tables.latency.sorted(by: { $0.key < $1.key }) {
            let cumulative = histogram.cumulativeCounts
            for (bound, count) in zip(histogram.bounds + [.infinity], cumulative) {
                text.sample(latency + "_bucket", labels: [("route", route), ("le", PrometheusText.number(bound))], count)
            }
            text.sample(latency + "_sum", labels: [("route", route)], histogram.sum)
            text.sample(latency + "_count", labels: [("route", route)], histogram.count)
        }

        text.family("clientela_http_requests_in_flight", help: "Requests being handled now, this scrape included.", type: .gauge)
        text.sample("clientela_http_requests_in_flight", requestsInFlight)

        text.family("clientela_storage_statements_total", help: "Storage statements run by HTTP requests.", type: .counter)
        text.sample("clientela_storage_statements_total", requestStatements)

        if let databaseStatements = sources.databaseStatements {
            text.family(
                "clientela_storage_statements_executed_total",
                help: "Storage statements run since the database opened, migrations and background work included.",
                type: .counter)
            text.sample("clientela_storage_statements_executed_total", databaseStatements())
        }
        if let openConnections = sources.openConnections {
            text.family("clientela_http_open_connections", help: "Client connections open now.", type: .gauge)
            text.sample("clientela_http_open_connections", openConnections())
        }
        return text.text
    }
}
