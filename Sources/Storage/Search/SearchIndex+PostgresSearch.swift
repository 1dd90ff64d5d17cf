extension SearchIndex {
    /// ``SQLConnection/search(_:_:)`` on PostgreSQL: the total from the maintained counts when the
    /// query allows it, then the page by the cheaper of two plans chosen from that total; any
    /// other query counts its matches and leaves the page's plan to the server.
    ///
    /// Why the total comes from counts: `pg_trgm`'s GIN index is lossy and GIN has no index-only
    /// scan, so counting the matches reads and rechecks every matching row (0.5–2 µs a match),
    /// while the `LIKE '%…%'` scan it must beat twentyfold runs in parallel (130–230 ms for a
    /// million rows). Beyond a few thousand matches the count alone costs more than a twentieth
    /// of the scan, and no access method of the server counts fast enough: an exact GIN over the
    /// pieces still fetched every matching heap page (59,411 pages for 105,275 matches), and a
    /// posting table counted by an index-only scan costs at least 0.17 µs a match. So the total
    /// is one lookup in counts the writes keep (``createPostgresCounts()``): it is used when the
    /// index declares ``counts``, the query's rows are exactly one count (``SearchQuery/countScope``
    /// and no further ``SearchQuery/filter``), and the text folds to 3–5 characters without a
    /// newline (a piece) or to nothing (every counted row of the scope). Otherwise the matches are
    /// counted as before: the page first, then, unless the page was not full (its length is then
    /// the total), `count(*)` with the trigram condition, and ``SearchPlan/serverPlanned``.
    ///
    /// With the total `n` known, and the number of rows `r` of the scope from the same counts,
    /// the page costs, as for SQLite (``sqliteSearch(_:on:)``):
    /// - ``SearchPlan/matchesFirst``: the matches read through the GIN index (bitmap scan, each
    ///   row fetched and rechecked) and sorted, about `n × a`;
    /// - ``SearchPlan/orderFirst``: the order's index walked from the start (or the cursor),
    ///   each row's folded column checked with `strpos`, until the page is full, about
    ///   `(limit + 1) × r ÷ n × b`.
    /// The walk wins from `n = √((limit + 1) × r × b ÷ a)` (``postgresWalkToFetchCost``, or
    /// ``postgresIndexOnlyWalkToFetchCost`` when the order's indexes hold the folded text). The
    /// server's planner does not know `n` (its trigram estimates are rough), so each plan is
    /// spelled so that it has one way to run: the matches in a subquery that cannot be flattened
    /// (`OFFSET 0`) and is then sorted; the walk with a check (`strpos`) that the GIN index
    /// cannot serve, finding only the page's keys, whose rows are read afterwards, so that an
    /// order index that includes the folded column (`(name, id) INCLUDE (<name>_text)`) makes
    /// the walk index-only (about 0.2 µs a row instead of 1.7 for a walk that fetches each row).
    ///
    /// When the index holds buckets of the order's first column (``SearchOrderBuckets``) and the
    /// query is in that order, a third plan sits between the two:
    /// - ``SearchPlan/matchesByBucket``: the matches of the first bucket(s) only, each bucket one
    ///   scan of the GIN index (which costs about what a scan for all the matches costs, 1.5–3 ms
    ///   at a million rows) plus `n × s × a` for the bucket's share `s` of the matches.
    /// It is chosen from ``defaultBucketThreshold(limit:)`` matches (ten pages; below, the first
    /// buckets seldom fill a page and every match is read as before) up to the walk, whose
    /// threshold then uses `a × s` for `a` (``bucketShare``): about 14,000 matches of a
    /// million instead of 2,800. Why: near the crossover both old plans cost 9–19 ms at a million
    /// rows ("bere", 3,019 matches: 19 ms by the walk of 33,000 index entries, 12–15 ms reading
    /// every match), while the first two-letter bucket holds 2% of the rows and 66 of "bere"'s
    /// matches; by bucket "bere" took 4.9–5.5 ms, "Rila" (5,988) 3.1–3.5 ms instead of 13,
    /// "NÚÑEZ" (13,408) 4.4–5.4 ms instead of 8.9, and every fragment was at least 26 times
    /// faster than `LIKE` (`clientela-bench storage --only search`, three runs on a 2-core
    /// machine shared with other builds; the README has the full run).
    ///
    /// Measured at a million rows (`clientela-bench storage --only search`, PostgreSQL 15, six
    /// runs on a 2-core machine that other work kept at a load of 4–5): the counts answer in
    /// about 0.3 ms, and the total with the first page of 100 took 1–17 ms for fragments from
    /// 0.02% to 10.5% of the rows, against 140–380 ms for the `LIKE` scan. Common fragments gain
    /// the most (45–185 times from 1.3% of the rows up, where the walk is a few hundred rows).
    /// The weak spot is the crossover: "bere" (3,019 matches, 0.3%) took 8.6–16.7 ms by the walk
    /// (27,600 index entries, about 0.2 µs each when warm) and 11.6 ms when forced to read the
    /// matches, 11.9–25.4 times faster than `LIKE` across the runs, so under 20 in half of them.
    /// A 5-character fragment of common trigrams ("acano", 284 matches) costs 5.7–12 ms, the GIN
    /// index intersecting long posting lists. What the counts cost the writes is in
    /// ``createPostgresCounts()``.
    ///
    /// The statements are separate: the counts, then the page. Outside a transaction, a write
    /// committed between them can make the total and the page disagree by that write, as before.
    func postgresSearch(_ query: SearchQuery, on connection: any SQLConnection) throws -> SearchPage {
        let folded = TextFolding.fold(query.text)
        let pieceLength = folded.unicodeScalars.count
        if query.filter == nil, let scope = query.countScope, counts != nil, pieceLength == 0 || SearchPieces.lengths.contains(pieceLength) {
            // The server folds the text again, as the counts were made; the two folds agree but
            // for rare symbols (see ``TextFolding``), so the server's length decides.
            let text = folded.isEmpty ? "" : query.text
            if let row = try connection.firstRow(postgresCountsStatement(text: text, scope: scope)) {
                let length = try row.decode("length", as: Int.self)
                let broken = try row.decode("broken", as: Bool.self)
                if length == 0 || (SearchPieces.lengths.contains(length) && !broken) {
                    return try countedPostgresSearch(
                        query, total: try row.decode("matches", as: Int.self), scopeRows: try row.decode("rows", as: Int.self),
                        everyRow: length == 0, bucketed: try row.decode("bucketed", as: Bool.self), on: connection)
                }
            }
        }
        let matching = condition(matching: query.text, dialect: .postgres)
        let rows = try connection.rows("""
            SELECT \(selectList(query)) FROM \(table) WHERE \(matching)\(filterCondition(query))\(cursorCondition(query))\(orderAndLimit(query))
            """)
        if query.after == nil, rows.count <= query.limit {
            return page(rows, query: query, total: rows.count, plan: .serverPlanned)
        }
        let total = try connection.scalar("SELECT count(*) FROM \(table) WHERE \(matching)\(filterCondition(query))", as: Int.self) ?? 0
        return page(rows, query: query, total: total, plan: .serverPlanned)
    }

    /// The page of a search whose total came from the counts, by the plan the total picks.
    private func countedPostgresSearch(
        _ query: SearchQuery, total: Int, scopeRows: Int, everyRow: Bool, bucketed: Bool, on connection: any SQLConnection
    ) throws -> SearchPage {
        guard total > 0 else { return SearchPage(rows: [], total: 0, next: nil, plan: .matchesFirst) }
        let cost = counts?.orderIndexesHoldText == true ? Self.postgresIndexOnlyWalkToFetchCost : Self.postgresWalkToFetchCost
        let read = everyRow ? PageRead.orderFirst : pageRead(
            query, walked: Double(total), total: total, scopeRows: scopeRows, walkToFetchCost: cost, bucketCostShare: Self.bucketShare,
            buckets: bucketed ? orderBuckets(for: query) : nil)
        switch read {
        case .orderFirst:
            var check = SQL(generated: "1 = 1")
            if !everyRow {
                check = SQL(generated: "strpos(\(table.name).\(foldedColumn.name), clientela_fold(")
                check.appendBinding(.text(query.text))
                check.appendGenerated(")) > 0")
            }
            let rows = try connection.rows("""
                SELECT \(selectList(query)) FROM \(table) WHERE \(table).\(key) IN (
                  SELECT \(table).\(key) FROM \(table) WHERE \(check)\(filterCondition(query))\(cursorCondition(query))\(orderAndLimit(query)))
                \(orderAndLimit(query))
                """)
            return page(rows, query: query, total: total, plan: .orderFirst)
        case .byBucket(let buckets):
            return try bucketedPostgresPage(query, buckets: buckets, total: total, on: connection)
        case .matchesFirst:
            let matching = condition(matching: query.text, dialect: .postgres)
            let rows = try connection.rows("""
                SELECT * FROM (SELECT \(selectList(query)) FROM \(table) WHERE \(matching)\(filterCondition(query))\(cursorCondition(query)) OFFSET 0) AS \(table)\(orderAndLimit(query))
                """)
            return page(rows, query: query, total: total, plan: .matchesFirst)
        }
    }

    /// The cost of one row of PostgreSQL's walk over the cost of one match read from the GIN
    /// index and sorted, when the order's index holds the folded column
    /// (``SearchCounts/orderIndexesHoldText``) and the walk reads no table row.
    ///
    /// Measured with `clientela-bench storage` at a million rows, forcing each plan with
    /// ``SearchQuery/orderFirstThreshold``: see the README's storage figures.
    static let postgresIndexOnlyWalkToFetchCost = 0.08

    /// The same when each row walked is fetched from the table to check it (about 1.7 µs a row
    /// against 2.5 µs a match, as measured before the counts; see the README).
    static let postgresWalkToFetchCost = 0.7
}
