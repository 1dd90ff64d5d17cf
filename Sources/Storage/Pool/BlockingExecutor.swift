import Dispatch

/// Runs blocking C calls (SQLite steps, libpq round trips) off Swift's cooperative thread pool.
///
/// The cooperative pool has one thread per core (two on the project's machines); a query that
/// blocked one of them would stall unrelated requests. Dispatch's global queue grows its own
/// threads instead, and the connection pools bound how many block at once.
enum BlockingExecutor {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try body() })
            }
        }
    }
}
