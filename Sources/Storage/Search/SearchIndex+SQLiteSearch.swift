extension SearchIndex {
    /// ``SQLConnection/search(_:_:)`` on SQLite: the total from the index's maintained counts when
    /// the query allows it, else from the FTS5 index, then the page by the cheapest of three
    /// plans, chosen from that total.
    ///
    /// The total: when the index declares ``counts``, the query's rows are exactly one count
    /// (``SearchQuery/countScope`` and no ``SearchQuery/filter``) and the text folds to 3–5
    /// characters without a newline (a piece) or to nothing, it is one lookup in the counts the
    /// writes keep (``createSQLiteCounts(tableColumns:)``), which also gives the scope's number of
    /// rows. Why: counting the matches in the trigram index reads the fragment's whole doclists
    /// (in a million rows 2.6 ms for "bere"'s 3,000 matches, 4–5 ms for a 5-character phrase of
    /// common trigrams, 9 ms for "mar"'s 105,000), about half of every search, against a `LIKE`
    /// scan of 140–250 ms it must beat twentyfold; the lookup costs tens of microseconds
    /// whatever the number of matches. Otherwise the total is that count, or, with a filter (or
    /// a count scope without counts to read), the count of the matches' rows that pass it.
    ///
    /// The page then costs, for `n` matches in a scope (or table) of `rows` rows:
    /// - ``SearchPlan/matchesFirst``: every match fetched by key and sorted, about `n × a`;
    /// - ``SearchPlan/orderFirst``: the order's index walked, each row checked with
    ///   `clientela_contains`, until `limit + 1` rows matched, about `(limit + 1) × rows ÷ n × b`.
    /// The two are equal at `n = √((limit + 1) × rows × b ÷ a)`, the threshold of
    /// ``orderFirstThreshold(limit:tableRows:walkToFetchCost:)``; past it the walk wins, below it
    /// the index does. With the counts, `rows` is the scope's count of rows; without, the largest
    /// id. With a filter, the walk's length grows as the filter thins the rows, so the plan
    /// compares `√(matches × total)` with the threshold.
    /// Near the threshold both plans cost the same, 8–11 ms at a million rows. With order buckets
    /// (``sqliteBuckets``) a third plan, ``SearchPlan/matchesByBucket``, reads such a page from
    /// the matches of its first buckets only (``bucketedSQLitePage(_:folded:buckets:total:on:)``),
    /// and the walk starts from a higher threshold (``sqliteBucketCostShare``). The choice is the
    /// one PostgreSQL makes from its counts, with SQLite's costs
    /// (``pageRead(_:walked:total:scopeRows:walkToFetchCost:bucketCostShare:buckets:)``).
    ///
    /// Measured at a million rows (`clientela-bench storage --backend sqlite --only search`, a
    /// fresh load and two reuses of it, a quiet 2-core machine): with the counts, the total and
    /// the first page of 100 took 0.32–6.5 ms for fragments from 0.02% to 10.5% of the rows,
    /// 34–684 times faster than the `LIKE` scan (lowest 34.5, 43.4 and 42.2 in the three runs);
    /// the same binary without them (the FTS5 count) gave lowest 22.0, "mar" 10.2 ms where the
    /// counts take 1.1–1.7 ms. What is left near 5 ms is the crossover read by bucket ("bere")
    /// and 5-character fragments of common trigrams ("acano"), where the FTS5 phrase itself costs.
    ///
    /// Text of fewer than 3 characters after folding has no trigram: its total is a scan with
    /// `clientela_contains` (or, for empty text, the scope's count), and its page a walk (such
    /// text matches most rows anyway).
    func sqliteSearch(_ query: SearchQuery, on connection: any SQLConnection) throws -> SearchPage {
        let folded = TextFolding.fold(query.text)
        let length = folded.unicodeScalars.count
        if query.filter == nil, let scope = query.countScope, counts != nil,
           length == 0 || (SearchPieces.lengths.contains(length) && !folded.unicodeScalars.contains("\n")) {
            let counted = try connection.firstRow(sqliteCountsStatement(piece: folded, scope: scope))
            let total = try counted?.decode("matches", as: Int.self) ?? 0
            guard total > 0 else { return SearchPage(rows: [], total: 0, next: nil, plan: .matchesFirst) }
            if folded.isEmpty {
                return page(try connection.rows(orderFirstPage(query, check: SQL(generated: "1 = 1"))), query: query, total: total, plan: .orderFirst)
            }
            let scopeRows = try counted?.decode("rows", as: Int.self) ?? 0
            return try sqlitePage(query, folded: folded, total: total, walked: Double(total), scopeRows: scopeRows, on: connection)
        }
        guard length >= 3 else {
            let check = folded.isEmpty ? SQL(generated: "1 = 1") : sqliteRowCheck(folded)
            let total = try connection.scalar("SELECT count(*) FROM \(table) WHERE \(check)\(filterCondition(query))", as: Int.self) ?? 0
            guard total > 0 else { return SearchPage(rows: [], total: 0, next: nil, plan: .orderFirst) }
            return page(try connection.rows(orderFirstPage(query, check: check)), query: query, total: total, plan: .orderFirst)
        }
        let phrase = sqlitePhrase(folded)
        let matches = try connection.scalar("SELECT count(*) FROM \(name) WHERE \(name) MATCH \(phrase)", as: Int.self) ?? 0
        var total = matches
        if hasFilter(query), matches > 0 {
            total = try connection.scalar("SELECT count(*) FROM \(matchedKeys(phrase))\(filterCondition(query))", as: Int.self) ?? 0
        }
        guard total > 0 else { return SearchPage(rows: [], total: 0, next: nil, plan: .matchesFirst) }
        // A filter thins the rows the walk passes: it needs about `limit × rows ÷ total` of
        // them where the index's matches are `matches`, which the geometric mean prices.
        let walked = (Double(matches) * Double(total)).squareRoot()
        return try sqlitePage(query, folded: folded, total: total, walked: walked, scopeRows: try tableRows(connection), on: connection)
    }

    /// The page of a search of folded text of 3 characters or more, by the plan ``pageRead(_:walked:total:scopeRows:walkToFetchCost:bucketCostShare:buckets:)``
    /// picks with SQLite's costs. With buckets, the walk competes with reading a bucket, as on
    /// PostgreSQL, but here each bucket's query reads the fragment's trigrams again (see
    /// ``sqliteBucketCostShare``).
    private func sqlitePage(
        _ query: SearchQuery, folded: String, total: Int, walked: Double, scopeRows: Int, on connection: any SQLConnection
    ) throws -> SearchPage {
        let buckets = sqliteBuckets == nil ? nil : orderBuckets(for: query)
        switch pageRead(query, walked: walked, total: total, scopeRows: scopeRows, walkToFetchCost: Self.walkToFetchCost,
                        bucketCostShare: Self.sqliteBucketCostShare, buckets: buckets) {
        case .orderFirst:
            return page(try connection.rows(orderFirstPage(query, check: sqliteRowCheck(folded))), query: query, total: total, plan: .orderFirst)
        case .byBucket(let buckets):
            return try bucketedSQLitePage(query, folded: folded, buckets: buckets, total: total, on: connection)
        case .matchesFirst:
            let rows = try connection.rows("""
                SELECT \(selectList(query)) FROM \(matchedKeys(sqlitePhrase(folded)))\(filterCondition(query))\(cursorCondition(query))\(orderAndLimit(query))
                """)
            return page(rows, query: query, total: total, plan: .matchesFirst)
        }
    }

    /// The number of matches from which ``SearchPlan/orderFirst`` is the cheaper plan, for a page
    /// of `limit` rows from a table of about `tableRows` rows: `√((limit + 1) × tableRows × b ÷ a)`
    /// (see ``sqliteSearch(_:on:)``), with `b ÷ a` as measured by `clientela-bench storage`.
    /// PostgreSQL uses the same formula with its own cost (``postgresWalkToFetchCost``).
    package static func orderFirstThreshold(limit: Int, tableRows: Int, walkToFetchCost cost: Double = walkToFetchCost) -> Int {
        Int((Double(limit + 1) * Double(max(tableRows, 1)) * cost).squareRoot().rounded(.up))
    }

    /// The cost of one row of the walk over the cost of one match fetched and sorted.
    ///
    /// Measured with `clientela-bench storage --order-first-threshold 0` (always walk) and with a
    /// huge threshold (never walk) at a million rows: a row of the walk (a step of the name
    /// index, which holds the name, and `clientela_contains`) costs 0.25–0.45 µs, a match fetched
    /// by rowid and put through the sorter 1.5–2.6 µs. At 0.15 the threshold is about 3,900
    /// matches in a million rows (0.4%), where both plans take 8–11 ms with the count. The
    /// figure assumes an index that serves the order and holds the searched columns; without
    /// one, each row of the walk is also fetched, and the walk is the slower plan for longer.
    static let walkToFetchCost = 0.15

    /// What reading a page by bucket costs on SQLite, as a share of fetching every match: more
    /// than a bucket's share of the rows (``bucketShare``), since FTS5 reads the fragment's
    /// trigram lists again for every bucket it is asked about. Measured at a million rows, each
    /// plan forced on one table (`clientela-bench storage --reuse`): "bere" (3,019 matches) 4.9 ms
    /// by bucket, 10.8 reading every match, 11.8 by the walk; "Rila" (5,988) 4.2, 16.7 and 10.0;
    /// "NÚÑEZ" (13,408) 7.3 by bucket and 6.5 by the walk; "garc" (13,183) 7.1 and 5.8. At 0.2
    /// the walk takes over from about 8,700 matches.
    static let sqliteBucketCostShare = 0.2

    /// About how many rows the table has, from its largest integer id (one index lookup; gaps
    /// left by deletions only make the estimate high, which favours the search index's plan).
    private func tableRows(_ connection: any SQLConnection) throws -> Int {
        let sql: SQL = keyIsRowID ? "SELECT max(\(key)) FROM \(table)" : "SELECT max(docid) FROM \(docs)"
        return try connection.scalar(sql, as: Int?.self).flatMap { $0 } ?? 0
    }

    /// `(matching keys) AS m CROSS JOIN table ON … WHERE 1 = 1`: the matched rows, driven from
    /// the FTS5 matches (`CROSS JOIN` keeps SQLite from walking the table instead), ready for
    /// `AND` conditions. The alias and its column are names no table of ours uses, so that a
    /// filter's bare column names stay unambiguous.
    func matchedKeys(_ phrase: String) -> SQL {
        var sql: SQL
        if keyIsRowID {
            sql = SQL(generated: "(SELECT rowid AS clientela_match FROM \(name.name) WHERE \(name.name) MATCH ")
        } else {
            sql = SQL(generated: "(SELECT d.item_key AS clientela_match FROM \(name.name) AS f JOIN \(docs.name) AS d ON d.docid = f.rowid WHERE f.\(name.name) MATCH ")
        }
        sql.appendBinding(.text(phrase))
        sql.appendGenerated(") AS clientela_matches CROSS JOIN \(table.name) ON \(table.name).\(key.name) = clientela_matches.clientela_match WHERE 1 = 1")
        return sql
    }

    /// The page of ``SearchPlan/orderFirst``: the table in the page's order, rows kept by `check`.
    private func orderFirstPage(_ query: SearchQuery, check: SQL) -> SQL {
        "SELECT \(selectList(query)) FROM \(table) WHERE \(check)\(filterCondition(query))\(cursorCondition(query))\(orderAndLimit(query))"
    }

    /// The check of one row against folded text: the same test as the trigram phrase, made on
    /// the row's columns folded again (``FoldedContains``).
    private func sqliteRowCheck(_ folded: String) -> SQL {
        var sql = SQL(generated: "clientela_contains(\(concatenatedColumns(owner: table.name, newline: "char(10)")), ")
        sql.appendBinding(.text(folded))
        sql.appendGenerated(")")
        return sql
    }
}
