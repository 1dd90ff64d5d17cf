extension SQLConnection {
    /// Inserts many rows with multi-row `INSERT … VALUES (…), (…)` statements.
    ///
    /// Rows go in chunks of at most 500 rows and 30,000 values, under both backends' limits on
    /// placeholders; every full chunk has the same text, so SQLite reuses one prepared statement
    /// and PostgreSQL gets one round trip per chunk instead of one per row. Each chunk counts as
    /// one statement. Call it inside ``SQLDatabase/write(_:)`` so that all the rows commit together.
    ///
    /// - Returns: The number of rows inserted.
    /// - Throws: ``StorageError``; with the surrounding transaction, nothing of the batch remains.
    @discardableResult
    package func insert(into table: SQLIdentifier, columns: [SQLIdentifier], rows: [[SQLValue]]) throws -> Int {
        precondition(!columns.isEmpty, "an insert needs columns")
        let chunkSize = max(1, min(500, 30_000 / columns.count))
        let head = "INSERT INTO \(table.name) (\(columns.map(\.name).joined(separator: ", "))) VALUES "
        var inserted = 0
        var start = 0
        while start < rows.count {
            let end = min(start + chunkSize, rows.count)
            var sql = SQL(generated: head)
            for index in start..<end {
                let row = rows[index]
                precondition(row.count == columns.count, "row \(index) has \(row.count) values for \(columns.count) columns")
                sql.appendGenerated(index == start ? "(" : ", (")
                for (position, value) in row.enumerated() {
                    if position > 0 { sql.appendGenerated(", ") }
                    sql.appendBinding(value)
                }
                sql.appendGenerated(")")
            }
            inserted += try execute(sql)
            start = end
        }
        return inserted
    }
}
