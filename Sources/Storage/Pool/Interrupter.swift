import Synchronization

/// Lets a cancelled task stop the statement that its unit of work is running on another thread.
///
/// A request past its deadline is cancelled; without this its query would run to the end on the
/// driver's thread. The action is `sqlite3_interrupt` or libpq's `PQcancel`, both safe to call
/// from another thread. It only fires while the unit runs, under the lock that ending the unit
/// also takes, so it can never reach the next borrower of the connection.
final class Interrupter: Sendable {
    private struct State {
        var running = false
        var cancelled = false
    }

    private let state = Mutex(State())
    private let action: @Sendable () -> Void

    init(_ action: @escaping @Sendable () -> Void) {
        self.action = action
    }

    /// Whether the unit of work running now was cancelled. A connection asks before each
    /// statement of the unit: the interrupt only reaches a statement in progress (SQLite clears it
    /// when the next statement starts with none running; `PQcancel` cancels the query being
    /// run), so a cancellation that landed between two statements would otherwise be lost and
    /// the rest of the unit run to its end, however long.
    var isCancelled: Bool {
        state.withLock { $0.running && $0.cancelled }
    }

    /// Runs `body` on one of `executor`'s threads as one unit of work that task cancellation
    /// interrupts.
    ///
    /// - Throws: `CancellationError` when the task was cancelled before the unit started, or
    ///   while it ran and it failed (the interrupted statement's error is replaced); otherwise
    ///   what `body` throws.
    func run<T: Sendable>(on executor: BlockingExecutor, _ body: @escaping @Sendable () throws -> T) async throws -> T {
        state.withLock { $0 = State() }
        return try await withTaskCancellationHandler {
            try await executor.run {
                let started = self.state.withLock { state in
                    state.running = !state.cancelled
                    return state.running
                }
                guard started else { throw CancellationError() }
                let result = Result { try body() }
                let cancelled = self.state.withLock { state in
                    state.running = false
                    return state.cancelled
                }
                if cancelled, case .failure = result { throw CancellationError() }
                return try result.get()
            }
        } onCancel: {
            state.withLock { state in
                state.cancelled = true
                if state.running { action() }
            }
        }
    }
}
