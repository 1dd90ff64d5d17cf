internal import CLibPQ
import Glibc

/// One libpq connection: owns the `PGconn`, its transaction depth and whether it broke.
///
/// Lent to one unit of work at a time by ``PostgresDatabase``'s pool. Reads are protected by the
/// session's `default_transaction_read_only`, so a read that tries to write fails as on SQLite;
/// writes open their transaction with `BEGIN READ WRITE`.
final class PostgresConnection: SQLConnection, NestableTransactions {
    let handle: OpaquePointer
    /// Cancels the running statement when the unit's task is cancelled.
    let interrupter: Interrupter
    private let cancel: CancelHandle
    var transactionDepth = 0
    private var writable = false
    private var requestCounter: StatementCounter?
    private let totalCounter: StatementCounter
    /// Set when libpq reports the connection gone; the pool then replaces it.
    private(set) var isBroken = false
    /// Commands that succeeded in the current unit of work; zero when the first one failed, which
    /// is when a unit that met a dropped connection can safely run again on a new one.
    private(set) var succeededCommands = 0

    var dialect: SQLDialect { .postgres }

    /// Connects and prepares the session (read-only by default, UTC, quiet notices).
    ///
    /// - Throws: ``StorageError`` with code ``StorageError/Code/connectionFailed`` and libpq's
    ///   reason; the half-open connection is finished.
    init(configuration: PostgresConfiguration, totalCounter: StatementCounter) throws {
        // Defaults come before the URL (which may override them); the encoding comes after it.
        let keywords = ["connect_timeout", "application_name", "dbname", "client_encoding"]
        let values = ["10", "clientela", configuration.url, "UTF8"]
        let connection = withCStrings(keywords) { keywords in
            withCStrings(values) { values in PQconnectdbParams(keywords, values, 1) }
        }
        guard let connection else {
            throw StorageError(.connectionFailed, "cannot connect to \(configuration.redactedURL): out of memory")
        }
        guard PQstatus(connection) == CONNECTION_OK else {
            let reason = String(cString: PQerrorMessage(connection)).trimmingSpaces()
            PQfinish(connection)
            throw StorageError(.connectionFailed, "cannot connect to \(configuration.redactedURL): \(reason)")
        }
        handle = connection
        self.totalCounter = totalCounter
        let cancel = CancelHandle(handle: PQgetCancel(connection))
        self.cancel = cancel
        interrupter = Interrupter {
            var message = [CChar](repeating: 0, count: 256)
            _ = PQcancel(cancel.handle, &message, Int32(message.count))
        }
        // libpq prints notices ("extension … already exists, skipping") on standard error by default.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
        do {
            try command("SET default_transaction_read_only = on; SET TIME ZONE 'UTC'")
        } catch {
            close()
            throw error
        }
    }

    func close() {
        PQfreeCancel(cancel.handle)
        PQfinish(handle)
    }

    /// Prepares the connection for one unit of work.
    func begin(counter: StatementCounter?, writable: Bool) {
        requestCounter = counter
        self.writable = writable
        succeededCommands = 0
    }

    /// Ends a unit of work, rolling back a transaction it left open by hand.
    func end() {
        requestCounter = nil
        transactionDepth = 0
        if !isBroken, PQtransactionStatus(handle) != PQTRANS_IDLE {
            try? command("ROLLBACK")
        }
    }

    /// Counts a statement about to start, unless its unit of work was cancelled: then the
    /// statement fails as a cancelled query would, SQLSTATE 57014 (see
    /// ``Interrupter/isCancelled``).
    func startStatement() throws {
        if interrupter.isCancelled { throw StorageError(.postgres(sqlState: "57014"), "canceling statement: the task was cancelled") }
        requestCounter?.add()
        totalCounter.add()
    }

    @discardableResult
    func transaction<T>(_ work: () throws -> T) throws -> T {
        try TransactionNesting.run(
            on: self,
            begin: writable ? "BEGIN READ WRITE" : "BEGIN",
            work
        )
    }

    @discardableResult
    func execute(_ sql: SQL) throws -> Int {
        try startStatement()
        return try run(sql.text(for: .postgres), bindings: sql.bindings).affectedRows
    }

    func forEachRow(_ sql: SQL, _ body: (Row) throws -> Void) throws {
        try startStatement()
        let result = try run(sql.text(for: .postgres), bindings: sql.bindings)
        for index in 0..<result.rowCount {
            try body(result.row(index))
        }
    }

    func executeScript(_ script: SQL) throws {
        precondition(script.bindings.isEmpty, "a script takes no parameters")
        try startStatement()
        try command(script.text(for: .postgres))
    }

    /// Runs one of the driver's own commands, or a script, with the simple query protocol.
    func command(_ text: String) throws {
        _ = try check(PQexec(handle, text), text: text)
    }

    /// Sends a statement with its parameters (one round trip: parse, bind, execute).
    ///
    /// Integers, reals, booleans and blobs are sent with their types (`int8`, `float8`, `bool`,
    /// `bytea`); text goes untyped, so the server reads it as whatever the column is (`uuid`,
    /// `timestamptz`, `jsonb`, …). An `int8` compares with and assigns to any integer column, but
    /// a function that only takes `integer` needs a cast: `substr(name, \(start)::integer)`.
    private func run(_ text: String, bindings: [SQLValue]) throws -> PostgresResult {
        let count = bindings.count
        var types = [UInt32](repeating: 0, count: count)
        var values = [UnsafeMutablePointer<CChar>?](repeating: nil, count: count)
        var lengths = [Int32](repeating: 0, count: count)
        var formats = [Int32](repeating: 0, count: count)
        defer { for value in values { free(value) } }
        for (index, binding) in bindings.enumerated() {
            switch binding {
            case .null:
                break
            case .integer(let integer):
                types[index] = 20
                values[index] = strdup(String(integer))
            case .real(let real):
                types[index] = 701
                values[index] = strdup(real.isNaN ? "NaN" : real.isInfinite ? (real < 0 ? "-Infinity" : "Infinity") : String(real))
            case .boolean(let boolean):
                types[index] = 16
                values[index] = strdup(boolean ? "t" : "f")
            case .text(let string):
                values[index] = strdup(string)
            case .blob(let bytes):
                types[index] = 17
                formats[index] = 1
                lengths[index] = Int32(bytes.count)
                let copy = malloc(max(bytes.count, 1))!.bindMemory(to: CChar.self, capacity: max(bytes.count, 1))
                bytes.withUnsafeBytes { source in
                    if let base = source.baseAddress { memcpy(copy, base, bytes.count) }
                }
                values[index] = copy
            }
        }
        let pointers = values.map { $0.map { UnsafePointer($0) } }
        let result = PQexecParams(handle, text, Int32(count), types, pointers, lengths, formats, 0)
        return try check(result, text: text)
    }

    /// The one switch over `PQresultStatus`: success yields the result, anything else becomes a
    /// ``StorageError`` (and marks the connection broken when libpq lost it).
    private func check(_ result: OpaquePointer?, text: String) throws -> PostgresResult {
        if let result {
            switch PQresultStatus(result) {
            case PGRES_COMMAND_OK, PGRES_TUPLES_OK:
                succeededCommands += 1
                return PostgresResult(result)
            default:
                let error = failure(result, text: text)
                PQclear(result)
                throw error
            }
        }
        throw failure(nil, text: text)
    }

    private func failure(_ result: OpaquePointer?, text: String) -> StorageError {
        let field = { (read: (OpaquePointer) -> UnsafePointer<CChar>?) -> String? in
            result.flatMap(read).map { String(cString: $0) }
        }
        let message = field(clientela_pq_message) ?? String(cString: PQerrorMessage(handle)).trimmingSpaces()
        if PQstatus(handle) == CONNECTION_BAD {
            isBroken = true
            return StorageError(.connectionLost, "the connection to PostgreSQL was lost: \(message)", sql: text)
        }
        let sqlState = field(clientela_pq_sqlstate) ?? "XX000"
        let violation: ConstraintViolation? = switch sqlState {
        case "23505": .unique(constraint: field(clientela_pq_constraint) ?? "")
        case "23503": .foreignKey(constraint: field(clientela_pq_constraint))
        case "23502": .notNull(column: field(clientela_pq_column))
        case "23514": .check(constraint: field(clientela_pq_constraint))
        default: nil
        }
        return StorageError(.postgres(sqlState: sqlState), message, sql: text, violation: violation)
    }
}

/// Calls `body` with a NULL-terminated array of C strings that live for the call.
private func withCStrings<R>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
    let copies = strings.map { strdup($0) }
    defer { for copy in copies { free(copy) } }
    let pointers = copies.map { $0.map { UnsafePointer($0) } } + [nil]
    return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
}

@available(*, unavailable)
extension PostgresConnection: Sendable {}

/// libpq's cancel object, which `PQcancel` may use from any thread while the connection is open;
/// the ``Interrupter`` only uses it while a unit of work runs, so while it is open.
private struct CancelHandle: @unchecked Sendable {
    let handle: OpaquePointer?
}
