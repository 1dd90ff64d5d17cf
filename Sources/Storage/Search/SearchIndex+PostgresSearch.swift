extension SearchIndex {
    /// ``SQLConnection/search(_:_:)`` on PostgreSQL: the page, then the count, both with the
    /// trigram condition of ``postgresCondition(text:owner:)``.
    ///
    /// PostgreSQL's planner already does what the SQLite driver does by hand: from its estimate
    /// of the matches, the page either reads them from the GIN index and sorts them, or walks the
    /// order's index and stops once the page is full. The count cannot be answered from the index
    /// alone: a trigram index is lossy and GIN has no index-only scan, so every match is read from
    /// the table and checked against the stored folded column (about 0.5–1 µs a match, against
    /// 0.15–0.3 µs a row for a `LIKE` scan, which PostgreSQL also runs in parallel). A fragment
    /// matching more than a few thousand rows of a million therefore costs a good share of the
    /// scan it replaces (see the README's storage figures). A first page that is not full holds
    /// every match, so its length is the total and the count is skipped.
    ///
    /// Measured on PostgreSQL 15.18 at a million rows, the count cannot be made cheap with the
    /// server's own access methods, which is why this stays the plan:
    /// - An exact GIN (`text[]` of the folded text's 3–5-character pieces, `@>`, no recheck) on a
    ///   vacuumed table whose every page is all-visible still read every matching heap page: the
    ///   bitmap heap scan skipped no fetch (59,411 pages read for 105,275 matches), and the table
    ///   grew fourfold. Building the GIN bitmap alone takes 11–14 ms for 105,000 matches.
    /// - A posting table (piece, key) counted by a B-tree index-only scan costs at least 0.17 µs
    ///   a match (17–29 ms for 105,000), against 0.15 µs a row for the parallel `LIKE` scan it
    ///   must beat twentyfold.
    /// - Counts maintained per piece by a statement trigger are exact and answer in a lookup,
    ///   but every write updates tens of shared rows (writers serialize on common pieces): a bulk
    ///   load in statements of 500 rows, one transaction, fell from about 50,000 to 430 rows a
    ///   second. Such counts also cannot honour a query's filter.
    /// Even with a free count, a first page reached by walking the order's index costs about
    /// 1.7 µs a row passed (each row is fetched to check it); an order index that includes the
    /// folded column makes that walk index-only, about 0.2 µs a row.
    func postgresSearch(_ query: SearchQuery, on connection: any SQLConnection) throws -> SearchPage {
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
}
