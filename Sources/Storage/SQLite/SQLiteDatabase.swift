/// The embedded backend: one SQLite file in WAL mode, one writer connection and a few readers.
///
/// WAL lets readers work on the last committed state while the writer writes, so a read on one
/// thread never waits for a write on another. Writes are serialised on the single writer (SQLite
/// allows one writer at a time anyway; queueing in-process beats spinning on SQLITE_BUSY). Each
/// connection keeps its prepared statements for reuse, enforces foreign keys and waits up to the
/// busy timeout for another process's lock. An in-memory database has a single connection. A file
/// database's WAL is checkpointed on a thread of its own, never by a commit
/// (``SQLiteCheckpointer``).
package final class SQLiteDatabase: SQLDatabase {
    package let configuration: SQLiteConfiguration
    private let writer: ConnectionPool<SQLiteConnection>
    private let readers: ConnectionPool<SQLiteConnection>
    private let checkpointer: SQLiteCheckpointer?
    private let total = StatementCounter()

    package var dialect: SQLDialect { .sqlite }
    package var statementsExecuted: Int { total.value }

    private var isMemory: Bool { configuration.location == .memory }

    /// Opens (creating when missing) the database and its writer connection.
    ///
    /// - Throws: ``StorageError`` when the file cannot be opened or put in WAL mode.
    package init(_ configuration: SQLiteConfiguration) async throws {
        self.configuration = configuration
        let total = self.total
        let isMemory = configuration.location == .memory
        let checkpointer = isMemory ? nil : SQLiteCheckpointer(configuration: configuration)
        self.checkpointer = checkpointer
        writer = ConnectionPool(
            capacity: 1,
            name: "sqlite-writer",
            open: {
                let writer = try SQLiteConnection(configuration: configuration, role: isMemory ? .memory : .writer, totalCounter: total)
                checkpointer?.watch(writer)
                return writer
            },
            shutdown: { connection in
                try? connection.command("PRAGMA optimize")
                connection.close()
            }
        )
        readers = isMemory ? writer : ConnectionPool(
            capacity: max(configuration.readers, 1),
            name: "sqlite-reader",
            open: { try SQLiteConnection(configuration: configuration, role: .reader, totalCounter: total) },
            shutdown: { $0.close() }
        )
        // Open the writer now: it creates the file and switches it to WAL before any reader opens.
        writer.release(try await writer.lease(), reusable: true)
    }

    @discardableResult
    package func read<T: Sendable>(_ work: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        let counter = StatementCounter.current
        let lease = try await readers.lease()
        defer { readers.release(lease, reusable: true) }
        let shared = isMemory
        return try await lease.connection.interrupter.run(on: readers.executor) {
            let connection = lease.connection
            connection.begin(counter: counter, writable: false)
            defer { connection.end() }
            guard shared else { return try work(connection) }
            try connection.setQueryOnly(true)
            defer { try? connection.setQueryOnly(false) }
            return try work(connection)
        }
    }

    @discardableResult
    package func write<T: Sendable>(_ work: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        let counter = StatementCounter.current
        let lease = try await writer.lease()
        defer { writer.release(lease, reusable: true) }
        return try await lease.connection.interrupter.run(on: writer.executor) {
            let connection = lease.connection
            connection.begin(counter: counter, writable: true)
            defer { connection.end() }
            return try connection.transaction { try work(connection) }
        }
    }

    /// How many checkpoints of the WAL ran on the checkpointer's thread (none in memory).
    package var checkpoints: Int { checkpointer?.checkpoints ?? 0 }

    /// Closes the readers and the checkpointer, then the writer, so that the last connection to
    /// close is the one that may checkpoint the WAL into the database file and delete it.
    package func close() async {
        if !isMemory { await readers.close() }
        await checkpointer?.close()
        await writer.close()
    }
}
