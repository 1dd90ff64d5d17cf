/// A substring search over some text columns of a table, for a repository to declare and query.
///
/// A repository declares the index in a migration (``MigrationStep/createSearchIndex(_:)``) and
/// searches with ``SQLConnection/search(_:_:)``, which answers what a user of a list asks (the
/// total and one page in the list's order, see ``SearchQuery``) and picks the plan; a statement
/// of its own can filter with ``condition(matching:dialect:qualifier:)`` instead. The driver
/// picks the mechanism:
/// - SQLite: an FTS5 table with the `trigram` tokenizer over the folded columns, queried with
///   `MATCH` for 3 characters or more. When the key is the table's `INTEGER PRIMARY KEY`
///   (``keyIsRowID``) the FTS5 rows share the table's rowids and hold no copy of the text;
///   otherwise a folded copy of the columns in `<name>_docs` gives each row an integer id (see
///   ``createSQLite()`` for why the two shapes differ). With ``counts`` declared, a table of
///   counts per piece of text kept by row triggers gives a search's total without counting its
///   matches (see ``createSQLiteCounts(tableColumns:)``).
/// - PostgreSQL: a stored generated column `<name>_text` holding `clientela_fold(…)` of the
///   columns (an immutable wrapper of `lower(unaccent(…))`), with a GIN index of `pg_trgm`'s
///   `gin_trgm_ops` over it, queried with `LIKE '%…%'`. With ``counts`` declared, tables of
///   counts per piece of text give a search's total without counting its matches (see
///   ``createPostgresCounts()``).
/// Both fold case and accents (see ``TextFolding``), so "gomez" finds "Gómez" and "GÓMEZ", and
/// both answer a substring query from the index instead of reading every row. The columns must
/// be text; NULLs count as empty. A match may span two adjacent columns only across a newline,
/// which a query cannot contain in practice.
package struct SearchIndex: Sendable, Hashable {
    /// The index's name, also the prefix of the objects it creates.
    package let name: SQLIdentifier
    package let table: SQLIdentifier
    /// A unique, stable key of the table (its primary key).
    package let key: SQLIdentifier
    package let columns: [SQLIdentifier]
    /// Whether `key` is the table's `INTEGER PRIMARY KEY` on SQLite (an alias of its rowid), which
    /// lets the index map a match to its row with one lookup. The migration that creates the
    /// index checks the claim. PostgreSQL ignores it.
    package let keyIsRowID: Bool
    /// The counts both backends keep for this index, created by
    /// ``MigrationStep/createSearchCounts(_:)``; nil keeps none.
    package let counts: SearchCounts?

    package init(
        name: SQLIdentifier, table: SQLIdentifier, key: SQLIdentifier, columns: [SQLIdentifier], keyIsRowID: Bool = false,
        counts: SearchCounts? = nil
    ) {
        precondition(!columns.isEmpty, "a search index needs columns")
        self.name = name
        self.table = table
        self.key = key
        self.columns = columns
        self.keyIsRowID = keyIsRowID
        self.counts = counts
    }

    /// A `WHERE` condition that keeps the rows whose columns contain `text`, case- and
    /// accent-insensitively. Empty text (after folding) keeps every row.
    ///
    /// - Parameters:
    ///   - text: What the user typed; it is bound, never spliced.
    ///   - dialect: The backend's dialect, ``SQLConnection/dialect``.
    ///   - qualifier: The table's alias in the query, when it has one.
    package func condition(matching text: String, dialect: SQLDialect, qualifier: SQLIdentifier? = nil) -> SQL {
        let folded = TextFolding.fold(text)
        guard !folded.isEmpty else { return SQL(generated: "1 = 1") }
        let owner = (qualifier ?? table).name
        switch dialect {
        case .sqlite: return sqliteCondition(folded: folded, owner: owner)
        case .postgres: return postgresCondition(text: text, owner: owner)
        }
    }

    /// The columns joined by newlines, NULLs as empty text, each prefixed by `owner`.
    func concatenatedColumns(owner: String?, newline: String) -> String {
        columns.map { "coalesce(\(owner.map { $0 + "." } ?? "")\($0.name), '')" }.joined(separator: " || \(newline) || ")
    }
}

extension SQLConnection {
    /// The condition of ``SearchIndex/condition(matching:dialect:qualifier:)`` for this
    /// connection's backend.
    package func searchCondition(_ index: SearchIndex, matching text: String, qualifier: SQLIdentifier? = nil) -> SQL {
        index.condition(matching: text, dialect: dialect, qualifier: qualifier)
    }
}
