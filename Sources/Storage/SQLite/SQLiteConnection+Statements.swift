internal import CSQLite

extension SQLiteConnection {
    @discardableResult
    func execute(_ sql: SQL) throws -> Int {
        try startStatement()
        try run(sql.text(for: .sqlite), bindings: sql.bindings) { _ in }
        return Int(sqlite3_changes64(handle))
    }

    func forEachRow(_ sql: SQL, _ body: (Row) throws -> Void) throws {
        try startStatement()
        try run(sql.text(for: .sqlite), bindings: sql.bindings) { statement in try body(statement.row()) }
    }

    func executeScript(_ script: SQL) throws {
        precondition(script.bindings.isEmpty, "a script takes no parameters")
        try startStatement()
        let text = script.text(for: .sqlite)
        var message: UnsafeMutablePointer<CChar>?
        let result = sqlite3_exec(handle, text, nil, nil, &message)
        defer { sqlite3_free(message) }
        guard result == SQLITE_OK else {
            let code = sqlite3_extended_errcode(handle)
            let detail = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            throw StorageError(.sqlite(code), detail, sql: text, violation: constraintViolation(code: code, message: detail))
        }
    }

    /// Runs one of the driver's own commands (`BEGIN`, `COMMIT`, pragmas): cached, not counted.
    func command(_ text: String) throws {
        try run(text, bindings: []) { _ in }
    }

    /// The step loop every statement goes through: bind, then step until `SQLITE_DONE`, handing
    /// each row to `onRow`. Any other result goes through ``failure(_:text:)``.
    func run(_ text: String, bindings: [SQLValue], onRow: (SQLiteStatement) throws -> Void) throws {
        let statement = try prepared(text)
        defer { statement.reset() }
        let expected = Int(sqlite3_bind_parameter_count(statement.handle))
        guard expected == bindings.count else {
            throw StorageError(.sqlite(SQLITE_RANGE), "the statement has \(expected) placeholders but \(bindings.count) values", sql: text)
        }
        let bound = statement.bind(bindings)
        guard bound == SQLITE_OK else { throw failure(bound, text: text) }
        while true {
            let result = sqlite3_step(statement.handle)
            switch result {
            case SQLITE_ROW:
                try onRow(statement)
            case SQLITE_DONE:
                return
            default:
                throw failure(result, text: text)
            }
        }
    }

    /// The cached statement for `text`, prepared on first use.
    private func prepared(_ text: String) throws -> SQLiteStatement {
        if let statement = cache.statement(for: text) { return statement }
        var handle: OpaquePointer?
        let result = sqlite3_prepare_v3(self.handle, text, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard result == SQLITE_OK, let handle else {
            sqlite3_finalize(handle)
            throw failure(result, text: text)
        }
        let statement = SQLiteStatement(handle: handle, text: text)
        cache.insert(statement)
        return statement
    }

    /// Rows of a statement that is neither cached nor counted: schema lookups while building an
    /// error, and the journal-mode pragma.
    func internalRows(_ text: String, bindings: [SQLValue] = []) throws -> [Row] {
        var handle: OpaquePointer?
        let result = sqlite3_prepare_v2(self.handle, text, -1, &handle, nil)
        guard result == SQLITE_OK, let handle else {
            sqlite3_finalize(handle)
            throw StorageError(.sqlite(result), String(cString: sqlite3_errmsg(self.handle)), sql: text)
        }
        let statement = SQLiteStatement(handle: handle, text: text)
        guard statement.bind(bindings) == SQLITE_OK else {
            throw StorageError(.sqlite(sqlite3_extended_errcode(self.handle)), String(cString: sqlite3_errmsg(self.handle)), sql: text)
        }
        var rows: [Row] = []
        while true {
            let step = sqlite3_step(handle)
            if step == SQLITE_ROW {
                rows.append(statement.row())
            } else if step == SQLITE_DONE {
                return rows
            } else {
                throw StorageError(.sqlite(step), String(cString: sqlite3_errmsg(self.handle)), sql: text)
            }
        }
    }
}
