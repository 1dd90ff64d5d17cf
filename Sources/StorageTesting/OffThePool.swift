import Foundation

/// Runs blocking work (starting a PostgreSQL cluster, waiting for a child process, a socket read)
/// on a thread of its own and awaits its result.
///
/// Swift's cooperative pool has one thread per core, two on the project's machines; a test that
/// blocks one of them for seconds stalls every other test of the run, and requests elsewhere then
/// miss their deadlines.
package func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}
