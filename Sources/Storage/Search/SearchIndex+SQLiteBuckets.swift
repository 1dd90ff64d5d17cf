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

    /// ``SearchPlan/matchesByBucket`` on SQLite: as on PostgreSQL
    /// (``bucketedPostgresPage(_:buckets:total:on:)``), the buckets in the order's direction from
    /// the cursor's (or the first row's), each read as the FTS5 matches of that bucket, up to what
    /// the page still needs; after ``bucketSteps`` buckets the matches of all the buckets left are
    /// read at once.
    func bucketedSQLitePage(
        _ query: SearchQuery, folded: String, buckets: SearchOrderBuckets, total: Int, on connection: any SQLConnection
    ) throws -> SearchPage {
        let wanted = query.limit + 1
        var bucket: String?
        if let cursor = query.after {
            guard case .text(let value) = cursor.values[0] else {
                throw StorageError(.invalidArgument, "search \(name): the cursor's \(buckets.column) must be text")
            }
            bucket = buckets.bucket(of: value)
        } else {
            bucket = try nextBucket(query, buckets: buckets, bound: SQL(generated: "1 = 1"), on: connection)
        }
        var rows: [Row] = []
        var steps = 0
        while let current = bucket, rows.count < wanted {
            var sql: SQL
            if steps == Self.bucketSteps {
                sql = "SELECT \(selectList(query)) FROM \(matchedKeys(sqlitePhrase(folded))) AND \(bound(from: current, query: query, buckets: buckets))"
            } else {
                sql = "SELECT \(selectList(query)) FROM \(matchedKeys(sqliteBucketPhrase(folded, bucket: current, buckets: buckets)))"
                sql.appendGenerated(" AND substr(\(table.name).\(buckets.column.name), 1, \(buckets.characters)) = ")
                sql.appendBinding(.text(current))
            }
            sql.append(filterCondition(query))
            sql.append(cursorCondition(query))
            sql.append(orderAndLimit(query, rows: wanted - rows.count))
            rows += try connection.rows(sql)
            if steps == Self.bucketSteps || rows.count >= wanted { break }
            steps += 1
            guard let past = bound(past: current, query: query, buckets: buckets) else { break }
            bucket = try nextBucket(query, buckets: buckets, bound: past, on: connection)
        }
        return page(rows, query: query, total: total, plan: .matchesByBucket)
    }
}
