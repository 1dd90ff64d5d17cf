extension SearchIndex {
    /// `LIKE '%…%'` over the indexed expression, with the text folded by the same SQL function
    /// and its wildcards escaped. The text is bound; the pattern is computed by the server from
    /// it, and since the fold is immutable the planner sees a constant pattern and uses the
    /// trigram index.
    func postgresCondition(text: String, owner: String) -> SQL {
        var sql = SQL(generated: "clientela_fold(\(concatenatedColumns(owner: owner, newline: "chr(10)"))) LIKE ('%' || replace(replace(replace(clientela_fold(")
        sql.appendBinding(.text(text))
        sql.appendGenerated(#"), '\', '\\'), '%', '\%'), '_', '\_') || '%')"#)
        return sql
    }

    /// The fold function and the GIN trigram index.
    ///
    /// `unaccent` is only stable (its dictionary could change), and an index needs an immutable
    /// expression, so `clientela_fold` wraps it with the dictionary and the schemas spelled out.
    /// The schemas are where the extensions live, looked up from `pg_extension` when the
    /// migration runs.
    func createPostgres(unaccentSchema: String, trigramSchema: String) -> SQL {
        let unaccent = Self.quoted(unaccentSchema) + ".unaccent"
        let dictionary = "'" + unaccent.replacingAll("'", with: "''") + "'::regdictionary"
        return SQL(generated: """
            CREATE OR REPLACE FUNCTION clientela_fold(text) RETURNS text
              LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
              AS $$ SELECT lower(\(unaccent)(\(dictionary), $1)) $$;
            CREATE INDEX \(name.name) ON \(table.name)
              USING gin (clientela_fold(\(concatenatedColumns(owner: nil, newline: "chr(10)"))) \(Self.quoted(trigramSchema)).gin_trgm_ops);
            """)
    }

    /// A schema name from the catalog as a quoted identifier.
    private static func quoted(_ schema: String) -> String {
        "\"" + schema.replacingAll("\"", with: "\"\"") + "\""
    }

    /// Creates the extensions both indexes need (a no-op when they exist).
    static let postgresExtensions = SQL(generated: "CREATE EXTENSION IF NOT EXISTS pg_trgm; CREATE EXTENSION IF NOT EXISTS unaccent")

    func dropPostgres() -> SQL {
        SQL(generated: "DROP INDEX IF EXISTS \(name.name)")
    }
}
