import Foundation
import Synchronization

/// The same closed loop as ``LoadGenerator``, aimed at two servers in turn: each thread keeps one
/// keep-alive connection to each, and all threads switch together from one server to the other
/// every `slice`. The ratio of the two servers' requests/s is then taken per pair of neighbouring
/// slices, a fraction of a second apart.
///
/// Why: on a shared virtual machine the host's load swings by tens of percent within seconds, so
/// two runs measured one after the other (``LoadGenerator``) can differ by more than the servers
/// do. Slices a quarter of a second long put both servers under nearly the same conditions, pair
/// after pair, and the median of many pairs is a steadier estimate of the same ratio. Only
/// requests that start and end inside one slice count, as in ``LoadGenerator``.
struct AlternatingLoad {
    struct Result {
        /// For each pair of slices, the second server's requests/s over the first's.
        var pairRatios: [Double]
        /// Requests/s of each server over all its measured slices.
        var firstRequestsPerSecond: Double
        var secondRequestsPerSecond: Double

        var medianRatio: Double {
            guard !pairRatios.isEmpty else { return 0 }
            return pairRatios.sorted()[pairRatios.count / 2]
        }
    }

    let ports: (first: Int, second: Int)
    let request: [UInt8]
    let connections: Int
    /// Slices (in pairs) run before measuring, to warm both servers and the connections.
    let warmUpPairs: Int
    let pairs: Int
    let slice: Duration

    func run() async throws -> Result {
        let totalSlices = 2 * (warmUpPairs + pairs)
        let current = CurrentSlice()
        // Per thread, requests completed within each slice.
        let counts = Mutex<[[Int]]>([])
        let failures = Mutex<[String]>([])
        var threads: [pthread_t] = []
        let ports = [ports.first, ports.second], request = request
        for _ in 0..<connections {
            threads.append(try BenchThread.start {
                do {
                    let perSlice = try Self.drive(ports: ports, request: request, slices: totalSlices, current: current)
                    counts.withLock { $0.append(perSlice) }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            })
        }
        let clock = ContinuousClock()
        var durations: [Duration] = []
        for index in 0..<totalSlices {
            let started = clock.now
            current.value.store(index, ordering: .relaxed)
            try await Task.sleep(for: slice)
            durations.append(clock.now - started)
            if failures.withLock({ !$0.isEmpty }) { break }
        }
        current.value.store(CurrentSlice.stopped, ordering: .relaxed)
        for thread in threads { pthread_join(thread, nil) }
        if let failure = failures.withLock({ $0.first }) { throw BenchmarkError("load generator: \(failure)") }

        let perThread = counts.withLock { $0 }
        func requestsPerSecond(_ index: Int) -> Double {
            let requests = perThread.reduce(0) { $0 + $1[index] }
            return Double(requests) / (durations[index].microseconds / 1_000_000)
        }
        var ratios: [Double] = []
        var firstTotal = 0.0, secondTotal = 0.0
        for pair in warmUpPairs..<(warmUpPairs + pairs) {
            let first = requestsPerSecond(2 * pair), second = requestsPerSecond(2 * pair + 1)
            firstTotal += first
            secondTotal += second
            if first > 0 { ratios.append(second / first) }
        }
        return Result(pairRatios: ratios, firstRequestsPerSecond: firstTotal / Double(pairs), secondRequestsPerSecond: secondTotal / Double(pairs))
    }

    /// One thread's loop: requests to the server of the current slice (even slices the first,
    /// odd ones the second), counted in the slice they started and ended in.
    private static func drive(ports: [Int], request: [UInt8], slices: Int, current: CurrentSlice) throws -> [Int] {
        let connections = try ports.map { try BenchConnection(port: $0) }
        var perSlice = [Int](repeating: 0, count: slices)
        while true {
            let slice = current.value.load(ordering: .relaxed)
            if slice == CurrentSlice.stopped { break }
            try connections[slice & 1].send(request)
            let status = try connections[slice & 1].readResponse()
            guard status == 200 else { throw BenchmarkError("status \(status)") }
            if current.value.load(ordering: .relaxed) == slice { perSlice[slice] += 1 }
        }
        return perSlice
    }

    /// The slice every thread aims at, set by the run's clock.
    private final class CurrentSlice: Sendable {
        static let stopped = -1
        let value = Atomic<Int>(0)
    }
}
