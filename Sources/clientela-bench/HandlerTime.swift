import Gateway

/// What the gateway's handler took inside the server, read from its own latency histogram (the
/// `/graphql` sum and count of `clientela_http_request_duration_seconds`, as `/metrics` shows
/// them): the time from a request handed to the handler to its response ready, without the
/// sockets, the loops or the generator. Read around a whole run, so the mean includes the
/// run's warm-up requests, which are the same workload.
///
/// Beside `profile-gateway`'s figure it shows what a request costs the handler when it runs
/// between sleeps rather than in a tight loop: at one connection the worker's core halts
/// between requests and each starts with cold caches, which roughly doubles the handler's time.
struct HandlerTime {
    var seconds = 0.0
    var requests = 0

    init(_ metrics: ServerMetrics) {
        let sum = #"clientela_http_request_duration_seconds_sum{route="/graphql"} "#
        let count = #"clientela_http_request_duration_seconds_count{route="/graphql"} "#
        for line in metrics.exposition().split(separator: "\n") {
            if line.hasPrefix(sum) { seconds = Double(line.dropFirst(sum.count)) ?? 0 }
            if line.hasPrefix(count) { requests = Int(line.dropFirst(count.count)) ?? 0 }
        }
    }

    /// Mean microseconds per request handled between `earlier` and `self`, if any was.
    func microsecondsPerRequest(since earlier: HandlerTime) -> Double? {
        guard requests > earlier.requests else { return nil }
        return 1e6 * (seconds - earlier.seconds) / Double(requests - earlier.requests)
    }
}
