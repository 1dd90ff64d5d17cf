/// Counts of observed durations in fixed buckets, the shape of a Prometheus histogram.
///
/// Buckets are fixed when the histogram is made, so that every scrape reports the same series and
/// two servers' histograms can be summed.
package struct LatencyHistogram: Sendable, Hashable {
    /// Upper bounds in seconds, ascending; the `+Inf` bucket is implicit.
    package let bounds: [Double]
    /// Observations per bucket, not cumulative; the last slot is above every bound.
    private var counts: [Int]
    /// The sum of every observation, in seconds.
    package private(set) var sum: Double = 0
    package private(set) var count: Int = 0

    /// Request latencies from 1 ms to 10 s, the range between a cached introspection and the
    /// per-request deadline.
    package static let defaultBounds: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    package init(bounds: [Double] = defaultBounds) {
        precondition(zip(bounds, bounds.dropFirst()).allSatisfy { $0 < $1 }, "Histogram bounds must ascend")
        self.bounds = bounds
        counts = Array(repeating: 0, count: bounds.count + 1)
    }

    /// A histogram with these per-bucket counts (not cumulative, one more than `bounds`) and sum,
    /// for counts kept elsewhere (``ServerMetrics`` keeps them in atomics).
    init(bounds: [Double], counts: [Int], sum: Double) {
        precondition(counts.count == bounds.count + 1, "A histogram needs a count per bound and one for +Inf")
        self.bounds = bounds
        self.counts = counts
        self.sum = sum
        count = counts.reduce(0, +)
    }

    /// Records one observation; a value equal to a bound falls in that bound's bucket (`le`).
    package mutating func observe(_ seconds: Double) {
        let slot = bounds.firstIndex { seconds <= $0 } ?? bounds.count
        counts[slot] += 1
        sum += seconds
        count += 1
    }

    /// The cumulative count for each bound, then for `+Inf` (which equals ``count``).
    package var cumulativeCounts: [Int] {
        var running = 0
        return counts.map { count in
            running += count
            return running
        }
    }
}
