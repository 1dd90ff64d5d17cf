import Synchronization

/// Counts the statements a unit of work sends to the database: one HTTP request, one test.
///
/// The HTTP layer installs a counter for the request and reads it when the request ends, for the
/// log line and the metrics; a test does the same to prove a page of 100 clients costs a fixed
/// number of statements and not one per client (no N+1):
///
///     let counter = StatementCounter()
///     try await StatementCounter.$current.withValue(counter) { try await handle(request) }
///     log(statements: counter.value)
///
/// Every statement a repository runs counts once (a query, an execute, a bulk-insert chunk, a
/// migration script); the driver's own `BEGIN`, `COMMIT` and savepoints do not. The database
/// captures the task-local counter when ``SQLDatabase/read(_:)`` or ``SQLDatabase/write(_:)`` is
/// called, so counting also works while the work runs on the driver's own threads.
package final class StatementCounter: Sendable {
    /// The counter of the current task, if any.
    @TaskLocal package static var current: StatementCounter?

    private let count = Atomic<Int>(0)

    package init() {}

    /// The statements counted so far.
    package var value: Int { count.load(ordering: .relaxed) }

    /// Counts statements.
    package func add(_ statements: Int = 1) {
        count.add(statements, ordering: .relaxed)
    }
}
