extension SearchIndex {
    /// ``SQLConnection/search(_:_:)`` on PostgreSQL: a count and a page, both with the trigram
    /// condition of ``postgresCondition(text:owner:)``.
    ///
    /// PostgreSQL's planner already does what the SQLite driver does by hand: from the trigram
    /// statistics it estimates how many rows match, and for the page it either reads them from
    /// the GIN index and sorts them, or walks the order's index and stops once the page is full.
    /// The count always reads the matches from the GIN index (a bitmap heap scan), since the
    /// index is lossy and each candidate is checked against the stored folded column.
    func postgresSearch(_ query: SearchQuery, on connection: any SQLConnection) throws -> SearchPage {
        let matching = condition(matching: query.text, dialect: .postgres)
        let total = try connection.scalar("SELECT count(*) FROM \(table) WHERE \(matching)\(filterCondition(query))", as: Int.self) ?? 0
        guard total > 0 else { return SearchPage(rows: [], total: 0, next: nil, plan: .serverPlanned) }
        let rows = try connection.rows("""
            SELECT \(selectList(query)) FROM \(table) WHERE \(matching)\(filterCondition(query))\(cursorCondition(query))\(orderAndLimit(query))
            """)
        return page(rows, query: query, total: total, plan: .serverPlanned)
    }
}
