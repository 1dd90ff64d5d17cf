internal import CSQLite

/// One SQLite connection: owns the `sqlite3` handle, its statement cache and its transaction depth.
///
/// The database lends it to one unit of work at a time (see ``ConnectionPool``); it is never
/// shared between threads at once, so it is opened in SQLite's multi-thread mode (no mutex).
final class SQLiteConnection: SQLConnection, NestableTransactions {
    /// What the connection is for, which decides how it is opened and configured.
    enum Role {
        /// The one connection that writes to a file database; it sets WAL mode.
        case writer
        /// A read-only connection to a file database.
        case reader
        /// The single connection of an in-memory database, for reads and writes.
        case memory
        /// The connection that checkpoints a file database's WAL (``SQLiteCheckpointer``).
        case checkpointer
    }

    let handle: OpaquePointer
    let role: Role
    /// Stops the running statement when the unit's task is cancelled.
    let interrupter: Interrupter
    var cache: SQLiteStatementCache
    var transactionDepth = 0
    /// Whether the current unit of work may write; decides `BEGIN IMMEDIATE` or `BEGIN`.
    private var writable = false
    /// The counter of the unit of work in progress.
    private var requestCounter: StatementCounter?
    /// The database's counter of every statement.
    private let totalCounter: StatementCounter

    var dialect: SQLDialect { .sqlite }

    /// Opens and configures a connection.
    ///
    /// - Throws: ``StorageError`` when the file cannot be opened or configured; the handle is
    ///   closed in that case.
    init(configuration: SQLiteConfiguration, role: Role, totalCounter: StatementCounter) throws {
        let path: String
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        switch (configuration.location, role) {
        case (.memory, _):
            path = ":memory:"
            flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case (.file(let file), .reader):
            path = file
            flags |= SQLITE_OPEN_READONLY
        case (.file(let file), _):
            path = file
            flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        }
        var opened: OpaquePointer?
        let result = sqlite3_open_v2(path, &opened, flags, nil)
        guard let opened else {
            throw StorageError(.sqlite(result), "cannot open SQLite database at \(path): out of memory")
        }
        guard result == SQLITE_OK else {
            let message = String(cString: sqlite3_errmsg(opened))
            sqlite3_close_v2(opened)
            throw StorageError(.sqlite(result), "cannot open SQLite database at \(path): \(message)")
        }
        handle = opened
        self.role = role
        let interruptible = InterruptibleHandle(handle: opened)
        interrupter = Interrupter { sqlite3_interrupt(interruptible.handle) }
        self.totalCounter = totalCounter
        cache = SQLiteStatementCache(capacity: configuration.statementCacheCapacity)
        do {
            try configure(configuration)
        } catch {
            close()
            throw error
        }
    }

    private func configure(_ configuration: SQLiteConfiguration) throws {
        sqlite3_extended_result_codes(handle, 1)
        let timeout = configuration.busyTimeout.components
        sqlite3_busy_timeout(handle, Int32(clamping: timeout.seconds * 1000 + timeout.attoseconds / 1_000_000_000_000_000))
        try registerFoldFunction()
        try registerContainsFunction()
        try registerPiecesFunction()
        try command("PRAGMA foreign_keys = ON")
        // REPLACE conflict resolution then fires delete triggers, which search indexes rely on.
        try command("PRAGMA recursive_triggers = ON")
        try command("PRAGMA cache_size = -\(max(configuration.pageCacheBytes / 1024, 64))")
        // Temporary indexes (IN lists, sorts) stay in memory; this build defaults to files.
        try command("PRAGMA temp_store = MEMORY")
        if role != .memory {
            try command("PRAGMA mmap_size = \(max(configuration.memoryMapBytes, 0))")
        }
        switch role {
        case .writer:
            let mode = try internalRows("PRAGMA journal_mode = WAL").first?.values.first
            guard mode == .text("wal") else {
                throw StorageError(.configuration, "SQLite refused WAL journal mode (it answered \(mode.map { "\($0)" } ?? "nothing")); is the file on a local file system?")
            }
            try command("PRAGMA synchronous = \(configuration.synchronous.rawValue)")
        case .reader, .memory, .checkpointer:
            break
        }
    }

    /// Closes the handle after finalizing the cached statements. In WAL mode the last connection
    /// to close checkpoints and removes the `-wal` file.
    func close() {
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Prepares the connection for one unit of work.
    func begin(counter: StatementCounter?, writable: Bool) {
        requestCounter = counter
        self.writable = writable
    }

    /// Ends a unit of work: a transaction it left open by hand is rolled back, so the next
    /// borrower starts clean.
    func end() {
        requestCounter = nil
        if sqlite3_get_autocommit(handle) == 0 {
            try? command("ROLLBACK")
        }
        transactionDepth = 0
    }

    /// Counts a statement about to start, unless its unit of work was cancelled: then the
    /// statement fails as an interrupted one would (see ``Interrupter/isCancelled``).
    func startStatement() throws {
        if interrupter.isCancelled { throw StorageError(.sqlite(SQLITE_INTERRUPT), "interrupted: the task was cancelled") }
        requestCounter?.add()
        totalCounter.add()
    }

    @discardableResult
    func transaction<T>(_ work: () throws -> T) throws -> T {
        try TransactionNesting.run(
            on: self,
            begin: writable ? "BEGIN IMMEDIATE" : "BEGIN",
            work
        )
    }

    /// Makes an in-memory connection refuse writes while it serves a read.
    func setQueryOnly(_ queryOnly: Bool) throws {
        try command(queryOnly ? "PRAGMA query_only = 1" : "PRAGMA query_only = 0")
    }
}

@available(*, unavailable)
extension SQLiteConnection: Sendable {}

/// The handle for `sqlite3_interrupt`, which SQLite allows from any thread while the connection
/// is open; the ``Interrupter`` only calls it while a unit of work runs, so while it is open.
private struct InterruptibleHandle: @unchecked Sendable {
    let handle: OpaquePointer
}
