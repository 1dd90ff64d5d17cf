/// Medians of repeated runs: the figure the benchmark reports, since a shared machine's noise
/// lands in the tails, not the middle.
enum Timing {
    /// Runs `body` for a warm-up, then repeatedly for at least `minimumRuns` runs and about
    /// `budget`, and returns the median duration of one run.
    static func median(
        minimumRuns: Int = 50,
        budget: Duration = .milliseconds(600),
        _ body: () throws -> Void
    ) rethrows -> Duration {
        let clock = ContinuousClock()
        for _ in 0..<max(3, minimumRuns / 10) { try body() }
        var samples: [Duration] = []
        let started = clock.now
        while samples.count < minimumRuns || clock.now - started < budget {
            let start = clock.now
            try body()
            samples.append(clock.now - start)
            if samples.count >= 100_000 { break }
        }
        return samples.sorted()[samples.count / 2]
    }

    /// The asynchronous twin of ``median(minimumRuns:budget:_:)``.
    static func median(
        minimumRuns: Int = 50,
        budget: Duration = .milliseconds(600),
        _ body: () async throws -> Void
    ) async rethrows -> Duration {
        let clock = ContinuousClock()
        for _ in 0..<max(3, minimumRuns / 10) { try await body() }
        var samples: [Duration] = []
        let started = clock.now
        while samples.count < minimumRuns || clock.now - started < budget {
            let start = clock.now
            try await body()
            samples.append(clock.now - start)
            if samples.count >= 100_000 { break }
        }
        return samples.sorted()[samples.count / 2]
    }
}

extension Duration {
    /// Microseconds as a Double, for printing.
    var microseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1_000_000 + Double(attoseconds) / 1_000_000_000_000
    }
}
