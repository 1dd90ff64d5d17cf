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
