extension SearchIndex {
    /// A column of the indexed table, as `PRAGMA table_info` gives it when the counts are made.
    struct SQLiteColumn: Sendable, Hashable {
        let name: String
        let type: String
    }

    /// The indexed table's columns (`name`, `type`), for ``createSQLiteCounts(tableColumns:)``.
    func sqliteTableColumns() -> SQL {
        SQL(generated: "SELECT name, type FROM pragma_table_info('\(table.name)') ORDER BY cid")
    }

    /// A row when the counts of ``createSQLiteCounts(tableColumns:)`` exist.
    func sqliteCountsExist() -> SQL {
        SQL(generated: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '\(piecesTable.name)'")
    }

    /// The trigger names of the SQLite counts.
    private var sqliteCountTriggers: [String] {
        ["insert", "update", "delete"].map { "\(name.name)_count_\($0)" }
    }

    /// The table and triggers that keep, on SQLite, the number of counted rows containing each
    /// piece of folded text, per scope value, and the backfill of the rows already there: the
    /// same counts as PostgreSQL's (``createPostgresCounts()``), kept more simply.
    ///
    /// ``piecesTable`` has one row per scope value and piece (``SearchPieces``), `n` the number of
    /// counted rows of that scope whose folded text (`clientela_fold` of the columns joined by
    /// newlines, what the FTS5 index holds) contains the piece; `WITHOUT ROWID`, keyed by
    /// `(scope…, piece)`, so that a count is one descent of one b-tree. Why so:
    /// - SQLite has one writer, so the shared rows that made PostgreSQL's writers wait for each
    ///   other cost nothing here: row triggers update the counts in place, with no deltas and no
    ///   fold. They run inside the writing statement, so the counts commit and roll back with
    ///   the rows (savepoints included) and are exact in every snapshot a reader sees.
    /// - SQLite forbids common table expressions in triggers, so a row's pieces come from a
    ///   function of ours, `clientela_pieces(folded)`, as a JSON array that `json_each` (built in,
    ///   allowed in triggers) turns into rows.
    /// - `AFTER INSERT` adds one to each piece of a counted row (an upsert per piece);
    ///   `AFTER DELETE` takes one off; `AFTER UPDATE` runs only when an indexed column, a scope
    ///   column or the counted condition changed (its `WHEN`), taking the old row's pieces off and
    ///   adding the new row's. A row is counted when its scope columns are all non-NULL and the
    ///   ``SearchCounts/counted`` condition holds. That condition is written on bare column names;
    ///   a trigger sees the row only as `new.` and `old.`, so it is evaluated over a one-row
    ///   subquery that exposes them under their bare names: only the table's columns whose name
    ///   occurs in the condition, so that the triggers do not name every column (which would keep
    ///   `ALTER TABLE … DROP COLUMN` from dropping any of them).
    /// - Counts that fall to zero are deleted, so that the table is exactly a recount of the rows
    ///   and does not keep every piece ever written (a renamed or deleted row's, a moved
    ///   tenant's). The delete and update triggers end with `DELETE … WHERE n = 0`, served by a
    ///   partial index of the zero counts, which is empty between statements: finding them costs
    ///   one descent, where recomputing the row's pieces to look each up again would cost as much
    ///   as the update itself.
    /// Rows whose scope has a NULL are not counted (no query can name that scope).
    ///
    /// The backfill adds the rows already there one piece at a time, as the insert trigger does,
    /// rather than in one `GROUP BY` of every (scope, piece) pair: SQLite groups by sorting, and
    /// the sort of a million clients' pairs (about 150 each, name, email, phone and tax id) grew
    /// past 16 GB of memory (temporary storage is in memory, see `SQLiteConnection`) before it was
    /// stopped, where the upserts need only the counts table's own pages.
    ///
    /// What it costs, measured at a million rows of one name each (about 55 pieces a row;
    /// `clientela-bench storage --backend sqlite`, a 2-core machine, the same hour): a bulk load
    /// in statements of 500 rows, 10,000 rows a transaction, fell from 18,639 to 6,576 rows a
    /// second (5,145 while `clientela_pieces` built a `String` per window, a quarter of the load's
    /// time; see ``SearchPieces``); most of what is left is the upserts' b-tree descents. A
    /// one-row insert in its own transaction took 357–521 µs at the median instead of 201, and
    /// 1.0–2.6 ms on average instead of 1.6. The counts of a million names are 55,444 rows
    /// (0.7 MB). Rows that carry more text write more: a million Clients rows (name, email,
    /// phone and tax id, about 150 pieces each) have 1.4 million counts (76 MB), their backfill
    /// took 10 minutes (1 GB resident, most of it the mapped file), and a create took 1.30 ms
    /// instead of 414 µs (`clientela-bench clients`).
    ///
    /// The triggers run inside the writer's statement, which already holds the database's only
    /// write lock, so creating the counts in a migration's transaction sees every row.
    func createSQLiteCounts(tableColumns: [SQLiteColumn]) -> SQL {
        guard let counts else { preconditionFailure("search index \(name) has no counts declared") }
        let table = table.name, pieces = piecesTable.name
        let scope = counts.scope.map(\.name)
        let types = Dictionary(tableColumns.map { ($0.name.lowercased(), $0.type) }, uniquingKeysWith: { first, _ in first })
        let scopeDefinitions = scope.map { "\($0) \(types[$0.lowercased()] ?? "") NOT NULL, " }.joined()
        let scopeList = scope.map { $0 + ", " }.joined()
        // The table's columns the counted condition names, exposed under their bare names.
        let named = Set(counts.counted.map(Self.identifierWords) ?? [])
        let exposed = tableColumns.map(\.name).filter { named.contains($0.lowercased()) }
        func isCounted(_ owner: String) -> String {
            var parts = scope.map { "\(owner).\($0) IS NOT NULL" }
            if let counted = counts.counted {
                let row = exposed.isEmpty ? "NULL AS clientela_row" : exposed.map { "\(owner).\($0) AS \($0)" }.joined(separator: ", ")
                parts.append("EXISTS (SELECT 1 FROM (SELECT \(row)) WHERE \(counted))")
            }
            return parts.isEmpty ? "1" : parts.joined(separator: " AND ")
        }
        func piecesOf(_ owner: String) -> String {
            "json_each(clientela_pieces(clientela_fold(\(concatenatedColumns(owner: owner, newline: "char(10)")))))"
        }
        func add(_ owner: String) -> String {
            """
            INSERT INTO \(pieces) (\(scopeList)piece, n)
                SELECT \(scope.map { "\(owner).\($0), " }.joined())clientela_piece.value, 1 FROM \(piecesOf(owner)) AS clientela_piece WHERE \(isCounted(owner))
                ON CONFLICT (\(scopeList)piece) DO UPDATE SET n = n + 1;
            """
        }
        func remove(_ owner: String) -> String {
            """
            UPDATE \(pieces) SET n = n - 1 WHERE \(scope.map { "\($0) = \(owner).\($0) AND " }.joined())piece IN (SELECT value FROM \(piecesOf(owner)))
                AND \(isCounted(owner));
            """
        }
        let removeZeros = "DELETE FROM \(pieces) WHERE n = 0;"
        let watched = columns.map(\.name) + scope
        let changed = watched.map { "old.\($0) IS NOT new.\($0)" } + (counts.counted == nil ? [] : ["(\(isCounted("old"))) <> (\(isCounted("new")))"])
        let triggers = sqliteCountTriggers
        return SQL(generated: """
            CREATE TABLE \(pieces) (\(scopeDefinitions)piece TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (\(scopeList)piece)) WITHOUT ROWID;
            CREATE INDEX \(pieces)_zero ON \(pieces) (n) WHERE n = 0;
            CREATE TRIGGER \(triggers[0]) AFTER INSERT ON \(table) BEGIN
              \(add("new"))
            END;
            CREATE TRIGGER \(triggers[1]) AFTER UPDATE ON \(table) WHEN \(changed.joined(separator: " OR ")) BEGIN
              \(remove("old"))
              \(add("new"))
              \(removeZeros)
            END;
            CREATE TRIGGER \(triggers[2]) AFTER DELETE ON \(table) BEGIN
              \(remove("old"))
              \(removeZeros)
            END;
            INSERT INTO \(pieces) (\(scopeList)piece, n)
              SELECT \(scope.map { "clientela_rows.\($0), " }.joined())clientela_piece.value, 1 FROM (
                  SELECT \(scopeList)clientela_fold(\(concatenatedColumns(owner: nil, newline: "char(10)"))) AS clientela_text FROM \(table)
                  WHERE \(counts.rowCondition ?? "1")
                ) AS clientela_rows, json_each(clientela_pieces(clientela_rows.clientela_text)) AS clientela_piece
              WHERE true ON CONFLICT (\(scopeList)piece) DO UPDATE SET n = n + 1;
            """)
    }

    /// Removes what ``createSQLiteCounts(tableColumns:)`` made (the table takes its index along).
    func dropSQLiteCounts() -> SQL {
        SQL(generated: sqliteCountTriggers.map { "DROP TRIGGER IF EXISTS \($0);\n" }.joined() + "DROP TABLE IF EXISTS \(piecesTable.name);")
    }

    /// The counts a search needs, in one statement: the number of counted rows of the scope that
    /// contain `piece` (`matches`), and the number of counted rows of the scope (`rows`).
    func sqliteCountsStatement(piece: String, scope values: [SQLValue]) -> SQL {
        func count(_ piece: String) -> SQL {
            var sql = SQL(generated: "coalesce((SELECT n FROM \(piecesTable.name) WHERE ")
            sql.append(scopeEquality(values))
            sql.appendGenerated("piece = ")
            sql.appendBinding(.text(piece))
            sql.appendGenerated("), 0)")
            return sql
        }
        return "SELECT \(count(piece)) AS matches, \(count("")) AS rows"
    }

    /// `column = ? AND ` for each of the count scope's columns and its value.
    func scopeEquality(_ values: [SQLValue]) -> SQL {
        var sql = SQL(generated: "")
        for (column, value) in zip(counts?.scope ?? [], values) {
            sql.appendGenerated("\(column.name) = ")
            sql.appendBinding(value)
            sql.appendGenerated(" AND ")
        }
        return sql
    }

    /// The words of SQL text that could name a column, lower-cased: runs of letters, digits and
    /// underscores (a quoted name's quotes split it off too).
    private static func identifierWords(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
    }
}
