import Foundation
import Synchronization

/// A closed-loop HTTP/1.1 load generator over loopback: `connections` keep-alive connections,
/// each on its own thread, each sending one request and waiting for the whole response before the
/// next, for a warm-up and then a measured period.
///
/// Blocking threads rather than an event loop because the generator must be simple enough to be
/// trusted and identical for every server it measures; its own cost is the same in the yardstick
/// run and the GraphQL runs, which is what makes their ratio meaningful.
struct LoadGenerator {
    struct Result {
        var requests: Int
        var seconds: Double
        /// Per-request latencies in microseconds, sorted.
        var latencies: [Double]

        var requestsPerSecond: Double { Double(requests) / seconds }
        var p50: Double { percentile(0.50) }
        var p99: Double { percentile(0.99) }

        func percentile(_ fraction: Double) -> Double {
            guard !latencies.isEmpty else { return 0 }
            return latencies[min(latencies.count - 1, Int(Double(latencies.count) * fraction))]
        }
    }

    let port: Int
    let request: [UInt8]
    let connections: Int
    let warmUp: Duration
    let duration: Duration

    /// Runs the load and returns what the measured period saw.
    ///
    /// - Throws: ``BenchmarkError`` when a connection fails or a response is not a 200.
    func run() async throws -> Result {
        let phase = LoadPhase()
        let samples = Mutex<[[Double]]>([])
        let failures = Mutex<[String]>([])
        var threads: [pthread_t] = []
        for _ in 0..<connections {
            let port = port, request = request
            threads.append(try BenchThread.start {
                do {
                    let latencies = try Self.drive(port: port, request: request, phase: phase)
                    samples.withLock { $0.append(latencies) }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                    phase.value.store(LoadPhase.stopping, ordering: .relaxed)
                }
            })
        }
        try await Task.sleep(for: warmUp)
        let clock = ContinuousClock()
        _ = phase.value.compareExchange(expected: LoadPhase.warmingUp, desired: LoadPhase.measuring, ordering: .relaxed)
        let started = clock.now
        try await Task.sleep(for: duration)
        phase.value.store(LoadPhase.stopping, ordering: .relaxed)
        let elapsed = clock.now - started
        for thread in threads { pthread_join(thread, nil) }
        if let failure = failures.withLock({ $0.first }) { throw BenchmarkError("load generator: \(failure)") }
        let latencies = samples.withLock { $0.flatMap { $0 } }.sorted()
        return Result(requests: latencies.count, seconds: elapsed.microseconds / 1_000_000, latencies: latencies)
    }

    /// One connection's loop; returns the latencies of the requests completed while measuring.
    private static func drive(port: Int, request: [UInt8], phase: LoadPhase) throws -> [Double] {
        let connection = try BenchConnection(port: port)
        var latencies: [Double] = []
        latencies.reserveCapacity(100_000)
        while true {
            let before = phase.value.load(ordering: .relaxed)
            if before == LoadPhase.stopping { break }
            let start = ContinuousClock.now
            try connection.send(request)
            let status = try connection.readResponse()
            guard status == 200 else { throw BenchmarkError("status \(status)") }
            let end = ContinuousClock.now
            if before == LoadPhase.measuring, phase.value.load(ordering: .relaxed) == LoadPhase.measuring {
                latencies.append((end - start).microseconds)
            }
        }
        return latencies
    }
}

/// Where a load run is, shared by its threads: only requests that start and end while measuring
/// count.
final class LoadPhase: Sendable {
    static let warmingUp = 0
    static let measuring = 1
    static let stopping = 2

    let value = Atomic<Int>(LoadPhase.warmingUp)
}
