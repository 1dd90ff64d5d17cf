extension SearchIndex {
    /// `btree_gin` lets a GIN index hold a plain text column (the bucket) beside the trigrams; it
    /// ships with PostgreSQL's contrib modules and is trusted since PostgreSQL 13, like `pg_trgm`.
    static let postgresBucketExtension = SQL(generated: "CREATE EXTENSION IF NOT EXISTS btree_gin")

    /// Whether the bucketed column sorts by code point, so that buckets follow the order (see
    /// ``SearchOrderBuckets``): its collation, or the database's when it has the default one, is
    /// libc's `C`, `POSIX` or `C.UTF-8`, or the builtin provider's (PostgreSQL 17). The database's
    /// provider is read through `to_jsonb` because before PostgreSQL 15 the column did not exist
    /// (every database was libc's then).
    func postgresBucketsOrderable() -> SQL {
        guard let buckets = counts?.orderBuckets else { preconditionFailure("search index \(name) has no order buckets declared") }
        let byteLocales = "('C', 'POSIX', 'C.UTF-8', 'C.utf8')"
        return SQL(generated: """
            SELECT CASE WHEN a.attcollation = 100 THEN
                (SELECT coalesce(to_jsonb(d) ->> 'datlocprovider', 'c') = 'b'
                        OR (coalesce(to_jsonb(d) ->> 'datlocprovider', 'c') = 'c' AND d.datcollate IN \(byteLocales))
                   FROM pg_database d WHERE d.datname = current_database())
              ELSE (SELECT c.collprovider = 'b' OR (c.collprovider = 'c' AND c.collcollate IN \(byteLocales))
                      FROM pg_collation c WHERE c.oid = a.attcollation) END
            FROM pg_attribute a
            WHERE a.attrelid = '\(table.name)'::regclass AND a.attname = '\(buckets.column.name)' AND NOT a.attisdropped
            """)
    }

    /// The trigram index again, under its own name, with the bucket as its first column.
    ///
    /// The scope's columns are not put in the index: a column that does not narrow the matches
    /// made the index slower, not faster (at a million rows, adding a first-letter bucket that
    /// held 10% of the rows took a rare fragment's index scan from 2.7 to 5.6 ms), and one
    /// organization usually holds most of a table's rows; the scope is checked on the rows.
    ///
    /// The index keeps a pending list of at most 256 kB instead of the server's 4 MB: every scan
    /// of a GIN index reads its whole pending list (the rows inserted since its last cleanup), and
    /// the bucketed plan scans once per bucket. At a million rows, 6,000 pending rows (284 pages)
    /// took a bucket's scan from 1.5 to 4.2 ms; with the smaller list it stays under about 0.5 ms
    /// more. One-row inserts did not get slower (0.66–0.74 ms at the median against 0.93–1.08 ms
    /// with 4 MB, two runs each on a shared machine); turning the list off (`fastupdate = off`)
    /// made them 1.2 ms.
    func createPostgresOrderBuckets(trigramSchema: String) -> SQL {
        guard let buckets = counts?.orderBuckets else { preconditionFailure("search index \(name) has no order buckets declared") }
        return SQL(generated: """
            DROP INDEX \(name.name);
            CREATE INDEX \(name.name) ON \(table.name) USING gin (
              left(\(buckets.column.name), \(buckets.characters)), \(foldedColumn.name) \(Self.quoted(trigramSchema)).gin_trgm_ops)
              WITH (gin_pending_list_limit = 256);
            """)
    }

    /// Whether the server's index holds the buckets: true once
    /// ``MigrationStep/createSearchOrderBuckets(_:)`` found the column orderable and rebuilt it.
    /// Read in the counts' statement, so it costs no round trip.
    var postgresBucketedIndexCheck: String {
        "coalesce((SELECT indnatts FROM pg_index WHERE indexrelid = to_regclass('\(name.name)')), 1) > 1"
    }

    /// The buckets a query can use: declared, and the query's order starts with their column.
    func orderBuckets(for query: SearchQuery) -> SearchOrderBuckets? {
        guard let buckets = counts?.orderBuckets, query.order.columns.first == buckets.column else { return nil }
        return buckets
    }

    /// ``SearchPlan/matchesByBucket`` on PostgreSQL (``pageByBucket(_:buckets:total:on:statement:)``):
    /// a bucket's matches are the GIN index's answer to the bucket's equality beside the
    /// trigram condition, fenced (`OFFSET 0`) so that the planner reads them from that index.
    func bucketedPostgresPage(
        _ query: SearchQuery, buckets: SearchOrderBuckets, total: Int, on connection: any SQLConnection
    ) throws -> SearchPage {
        let matching = condition(matching: query.text, dialect: .postgres)
        return try pageByBucket(query, buckets: buckets, total: total, on: connection) { bucket, rest, rows in
            var range: SQL
            if rest {
                range = bound(from: bucket, query: query, buckets: buckets)
            } else {
                range = SQL(generated: "left(\(table.name).\(buckets.column.name), \(buckets.characters)) = ")
                range.appendBinding(.text(bucket))
            }
            return """
                SELECT * FROM (SELECT \(selectList(query)) FROM \(table) WHERE \(range) AND \(matching)\(filterCondition(query))\(cursorCondition(query)) OFFSET 0) AS \(table)\(orderAndLimit(query, rows: rows))
                """
        }
    }
}
