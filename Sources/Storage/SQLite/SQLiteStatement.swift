internal import CSQLite

/// A prepared statement, finalized when the last reference goes.
///
/// Owned by its connection's ``SQLiteStatementCache``; it never leaves the connection.
final class SQLiteStatement {
    let handle: OpaquePointer
    /// The SQL text, with `?` placeholders, which is also the cache key.
    let text: String
    let columnNames: [String]

    init(handle: OpaquePointer, text: String) {
        self.handle = handle
        self.text = text
        let count = sqlite3_column_count(handle)
        columnNames = (0..<count).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Binds values to the 1-based placeholders.
    ///
    /// - Returns: `SQLITE_OK`, or the failing result code.
    func bind(_ values: [SQLValue]) -> Int32 {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let result: Int32
            switch value {
            case .null:
                result = sqlite3_bind_null(handle, index)
            case .integer(let integer):
                result = sqlite3_bind_int64(handle, index, integer)
            case .real(let real):
                result = sqlite3_bind_double(handle, index, real)
            case .boolean(let boolean):
                result = sqlite3_bind_int64(handle, index, boolean ? 1 : 0)
            case .text(let text):
                // SQLITE_TRANSIENT: SQLite copies the bytes before withCString's scope ends.
                result = text.withCString { sqlite3_bind_text(handle, index, $0, Int32(text.utf8.count), clientela_sqlite_transient()) }
            case .blob(let bytes) where bytes.isEmpty:
                result = sqlite3_bind_zeroblob(handle, index, 0)
            case .blob(let bytes):
                result = bytes.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), clientela_sqlite_transient()) }
            }
            if result != SQLITE_OK { return result }
        }
        return SQLITE_OK
    }

    /// The current row, after `sqlite3_step` returned `SQLITE_ROW`.
    func row() -> Row {
        Row(columns: columnNames, values: (0..<Int32(columnNames.count)).map(value(at:)))
    }

    private func value(at column: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT:
            // sqlite3_column_text before sqlite3_column_bytes, as the documentation asks.
            let text = sqlite3_column_text(handle, column)
            let count = Int(sqlite3_column_bytes(handle, column))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            let blob = sqlite3_column_blob(handle, column)
            let count = Int(sqlite3_column_bytes(handle, column))
            return .blob(count == 0 ? [] : [UInt8](UnsafeRawBufferPointer(start: blob, count: count)))
        default:
            return .null
        }
    }

    /// Makes the statement ready to run again and drops its bindings.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }
}

@available(*, unavailable)
extension SQLiteStatement: Sendable {}
