import Dispatch
import Foundation
import Synchronization

/// Threads of the storage layer's own for blocking C calls (SQLite steps, libpq round trips).
///
/// Neither Swift's cooperative pool nor Dispatch's global queues may block on them: on Linux
/// both share Dispatch's worker threads, about one per core (two on the project's machines), and
/// a few long queries there once stalled every other task, the cancellation that was meant to
/// stop them included. A pool gets as many threads as it lends connections, so a unit of work
/// never queues behind another unit's query; idle threads sleep on a semaphore.
final class BlockingExecutor: Sendable {
    private struct Jobs {
        var pending: [@Sendable () -> Void] = []
        var stopped = false
    }

    private let jobs = Mutex(Jobs())
    private let available = DispatchSemaphore(value: 0)
    private let threads: Int

    /// Starts `threads` threads named `name-0`, `name-1`, …
    init(threads: Int, name: String) {
        self.threads = threads
        for index in 0..<threads {
            let thread = Thread { [self] in work() }
            thread.name = "\(name)-\(index)"
            thread.start()
        }
    }

    /// Runs `body` on one of the threads and returns its result.
    ///
    /// - Throws: What `body` throws, or ``StorageError`` with code ``StorageError/Code/closed``
    ///   once the executor is shut down.
    func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            submit { continuation.resume(with: Result { try body() }) } orElse: {
                continuation.resume(throwing: StorageError(.closed, "the database is closed"))
            }
        }
    }

    /// Queues `job`, or calls `refused` when the executor is shut down.
    func submit(_ job: @escaping @Sendable () -> Void, orElse refused: () -> Void = {}) {
        let queued = jobs.withLock { jobs in
            guard !jobs.stopped else { return false }
            jobs.pending.append(job)
            return true
        }
        if queued { available.signal() } else { refused() }
    }

    /// Lets the threads finish the queued jobs and end.
    func shutdown() {
        jobs.withLock { $0.stopped = true }
        for _ in 0..<threads { available.signal() }
    }

    private func work() {
        while true {
            available.wait()
            let job: (@Sendable () -> Void)? = jobs.withLock { jobs in
                jobs.pending.isEmpty ? nil : jobs.pending.removeFirst()
            }
            if let job {
                job()
            } else if jobs.withLock({ $0.stopped }) {
                return
            }
        }
    }
}
