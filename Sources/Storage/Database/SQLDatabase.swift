/// A database that repositories borrow connections from: SQLite or PostgreSQL behind one interface.
///
/// Work runs in closures that receive the connection, so a caller can never keep a connection
/// past its unit of work. Reads and writes are separate on purpose: on SQLite reads use their own
/// connections, so a read on another thread never waits for a write; on both backends a read
/// cannot write (SQLite opens its readers read-only, PostgreSQL's read transactions are read-only).
///
///     let client = try await database.read { connection in
///         try connection.firstRow("SELECT id, name FROM clients WHERE id = \(id)").map(Client.init)
///     }
///
/// The closures run on the driver's own threads, never on Swift's cooperative pool, because both C
/// libraries block.
package protocol SQLDatabase: Sendable {
    /// The dialect of the backend.
    var dialect: SQLDialect { get }

    /// Runs read-only work on a connection. Each statement sees the data committed when it runs;
    /// use ``write(_:)``'s transaction when several statements must see one snapshot together.
    ///
    /// - Throws: ``StorageError``, or what `work` throws.
    @discardableResult
    func read<T: Sendable>(_ work: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T

    /// Runs work in one transaction on the writer: committed when `work` returns, rolled back
    /// entirely when it throws.
    ///
    /// - Throws: ``StorageError``, or what `work` throws (the first error, after the rollback).
    @discardableResult
    func write<T: Sendable>(_ work: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T

    /// Statements run since the database was opened, for the metrics endpoint.
    var statementsExecuted: Int { get }

    /// Waits for the work in flight, then closes every connection. Work started afterwards fails
    /// with ``StorageError/Code/closed``.
    func close() async
}

extension SQLDatabase {
    /// Checks that the database answers, for readiness probes.
    package func ping() async throws {
        _ = try await read { connection in try connection.scalar("SELECT 1", as: Int.self) }
    }
}
