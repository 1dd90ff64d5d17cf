internal import CSQLite

extension SQLiteConnection {
    /// The failure funnel: builds the error for a result code (message, SQL, broken constraint)
    /// and evicts the statement from the cache so it is prepared afresh next time.
    func failure(_ code: Int32, text: String) -> StorageError {
        let message = String(cString: sqlite3_errmsg(handle))
        cache.evict(text)
        return StorageError(.sqlite(code), message, sql: text, violation: constraintViolation(code: code, message: message))
    }

    /// Reads the broken constraint from SQLite's message, which names columns, not indexes:
    /// `UNIQUE constraint failed: clients.organization_id, clients.email`,
    /// `UNIQUE constraint failed: index 'clients_email_unique'` (expression indexes),
    /// `NOT NULL constraint failed: clients.name`, `CHECK constraint failed: positive_amount`,
    /// `FOREIGN KEY constraint failed`.
    func constraintViolation(code: Int32, message: String) -> ConstraintViolation? {
        guard code & 0xFF == SQLITE_CONSTRAINT else { return nil }
        let detail = message.split(separator: ": ", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
        switch code {
        case Int32(clientela_sqlite_constraint_unique), Int32(clientela_sqlite_constraint_primarykey):
            if detail.hasPrefix("index '"), detail.hasSuffix("'") {
                return .unique(constraint: String(detail.dropFirst("index '".count).dropLast()))
            }
            let qualified = detail.split(separator: ", ").map(String.init)
            let table = qualified.first?.split(separator: ".").first.map(String.init) ?? ""
            let columns = qualified.map { $0.split(separator: ".").last.map(String.init) ?? $0 }
            let name = (try? uniqueIndexName(table: table, columns: columns)) ?? nil
            return .unique(constraint: name ?? (code == Int32(clientela_sqlite_constraint_primarykey) ? "\(table)_pkey" : "\(table)_\(columns.joined(separator: "_"))_key"))
        case Int32(clientela_sqlite_constraint_notnull):
            return .notNull(column: detail.split(separator: ".").last.map(String.init))
        case Int32(clientela_sqlite_constraint_check):
            return .check(constraint: detail.isEmpty ? nil : detail)
        case Int32(clientela_sqlite_constraint_foreignkey):
            return .foreignKey(constraint: nil)
        default:
            return nil
        }
    }

    /// The name PostgreSQL would report for the unique index of `table` on exactly `columns`:
    /// its own name for a `CREATE UNIQUE INDEX`, `<table>_pkey` for the primary key and
    /// `<table>_<columns>_key` for a `UNIQUE` clause of `CREATE TABLE`.
    private func uniqueIndexName(table: String, columns: [String]) throws -> String? {
        let indexes = try internalRows(#"SELECT name, origin FROM pragma_index_list(?) WHERE "unique" = 1"#, bindings: [.text(table)])
        for index in indexes {
            let name = try index.decode("name", as: String.self)
            let indexColumns = try internalRows("SELECT name FROM pragma_index_info(?) ORDER BY seqno", bindings: [.text(name)])
                .map { try $0.decode("name", as: String?.self) ?? "" }
            guard indexColumns == columns else { continue }
            switch try index.decode("origin", as: String.self) {
            case "pk": return "\(table)_pkey"
            case "u": return "\(table)_\(columns.joined(separator: "_"))_key"
            default: return name
            }
        }
        return nil
    }
}
