import Foundation

/// Times a stage: `count` calls in one loop, or, with a pause, each call alone after sleeping.
struct StageTimer {
    let count: Int
    let pause: UInt32?
    /// What the calls returned, summed, so the optimizer cannot drop them.
    var sink = 0
    private let clock = ContinuousClock()

    /// Microseconds per call of `body`.
    mutating func time(_ body: () -> Int) -> Double {
        guard let pause else {
            let started = clock.now
            for _ in 0..<count { sink &+= body() }
            return perCall(clock.now - started)
        }
        var total = Duration.zero
        for _ in 0..<count {
            usleep(pause)
            let started = clock.now
            sink &+= body()
            total += clock.now - started
        }
        return perCall(total)
    }

    /// Microseconds per call of the async `body`.
    mutating func time(_ body: () async -> Int) async -> Double {
        guard let pause else {
            let started = clock.now
            for _ in 0..<count { sink &+= await body() }
            return perCall(clock.now - started)
        }
        var total = Duration.zero
        for _ in 0..<count {
            usleep(pause)
            let started = clock.now
            sink &+= await body()
            total += clock.now - started
        }
        return perCall(total)
    }

    private func perCall(_ elapsed: Duration) -> Double { elapsed.microseconds / Double(count) }
}
