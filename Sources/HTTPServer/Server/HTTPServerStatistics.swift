import Synchronization

/// Counters the server keeps for the metrics endpoint; safe to read from any thread.
package final class HTTPServerStatistics: Sendable {
    private let open = Atomic<Int>(0)
    private let accepted = Atomic<Int>(0)
    private let refusals = Mutex<[Int: Int]>([:])

    package init() {}

    /// Connections open now.
    package var openConnections: Int { open.load(ordering: .relaxed) }
    /// Connections accepted since the start.
    package var acceptedConnections: Int { accepted.load(ordering: .relaxed) }
    /// Requests the server refused itself (parse errors, limits, timeouts), by status code.
    package var refusalsByStatus: [Int: Int] { refusals.withLock { $0 } }

    func connectionOpened() {
        open.add(1, ordering: .relaxed)
        accepted.add(1, ordering: .relaxed)
    }

    func connectionClosed() {
        open.subtract(1, ordering: .relaxed)
    }

    func countRefusal(_ status: HTTPStatus) {
        refusals.withLock { $0[status.code, default: 0] += 1 }
    }
}
