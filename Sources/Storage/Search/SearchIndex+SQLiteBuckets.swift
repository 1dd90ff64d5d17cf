extension SearchIndex {
    /// The order buckets SQLite keeps: those declared (``SearchCounts/orderBuckets``), for an
    /// index whose key is the table's rowid (the contentless shape of ``createSQLite()``; the
    /// shape with a folded copy in `<name>_docs` keeps none).
    ///
    /// SQLite meets the same crossover as PostgreSQL (``sqliteSearch(_:on:)``): near
    /// ``orderFirstThreshold(limit:tableRows:)`` matches, fetching every match by rowid and
    /// walking the name index cost the same, 6–10 ms at a million rows, and a `LIKE` scan that
    /// ran in 114 ms made that less than twenty times faster. So the FTS5 table gets a second
    /// column, `bucket`: the first ``SearchOrderBuckets/characters`` characters of the bucketed
    /// column, padded with U+0001 to one more, so that every bucket (a shorter name's too) is a
    /// trigram of its own that no typed text holds. `bucket : "ad\u{1}" AND body : "bere"`
    /// then reads the matches of one bucket, as PostgreSQL's index does. The trigram tokenizer
    /// folds case, so a bucket's trigram also holds the names starting with "AD", "aD" and "ad";
    /// the page keeps the rows whose prefix is exactly the bucket.
    var sqliteBuckets: SearchOrderBuckets? { keyIsRowID ? counts?.orderBuckets : nil }

    /// The FTS5 text of a row's bucket (see ``sqliteBuckets``), `owner` the trigger's `new` or
    /// `old`, or nil for the table's own columns.
    func sqliteBucketText(_ buckets: SearchOrderBuckets, owner: String?) -> String {
        let padding = "char(" + Array(repeating: "1", count: buckets.characters + 1).joined(separator: ",") + ")"
        let column = (owner.map { $0 + "." } ?? "") + buckets.column.name
        return "substr(substr(coalesce(\(column), ''), 1, \(buckets.characters)) || \(padding), 1, \(buckets.characters + 1))"
    }

    /// The FTS5 query for folded text: a phrase, in the `body` column when the table also holds
    /// buckets.
    func sqlitePhrase(_ folded: String) -> String {
        let phrase = Self.quotedPhrase(folded)
        return sqliteBuckets == nil ? phrase : "body : " + phrase
    }

    /// The FTS5 query for folded text among the rows of one bucket.
    private func sqliteBucketPhrase(_ folded: String, bucket: String, buckets: SearchOrderBuckets) -> String {
        let padded = bucket + String(repeating: "\u{1}", count: buckets.characters + 1 - bucket.unicodeScalars.count)
        return "bucket : " + Self.quotedPhrase(padded) + " AND body : " + Self.quotedPhrase(folded)
    }

    private static func quotedPhrase(_ text: String) -> String {
        "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }

    /// ``SearchPlan/matchesByBucket`` on SQLite (``pageByBucket(_:buckets:total:on:statement:)``):
    /// a bucket's matches are the FTS5 matches of the bucket's trigram and the text's phrase,
    /// kept when the row's prefix is exactly the bucket (the tokenizer folds case); the rest of
    /// the buckets are the text's matches from the bucket on.
    func bucketedSQLitePage(
        _ query: SearchQuery, folded: String, buckets: SearchOrderBuckets, total: Int, on connection: any SQLConnection
    ) throws -> SearchPage {
        try pageByBucket(query, buckets: buckets, total: total, on: connection) { bucket, rest, rows in
            var sql: SQL
            if rest {
                sql = "SELECT \(selectList(query)) FROM \(matchedKeys(sqlitePhrase(folded))) AND \(bound(from: bucket, query: query, buckets: buckets))"
            } else {
                sql = "SELECT \(selectList(query)) FROM \(matchedKeys(sqliteBucketPhrase(folded, bucket: bucket, buckets: buckets)))"
                sql.appendGenerated(" AND substr(\(table.name).\(buckets.column.name), 1, \(buckets.characters)) = ")
                sql.appendBinding(.text(bucket))
            }
            sql.append(filterCondition(query))
            sql.append(cursorCondition(query))
            sql.append(orderAndLimit(query, rows: rows))
            return sql
        }
    }
}
