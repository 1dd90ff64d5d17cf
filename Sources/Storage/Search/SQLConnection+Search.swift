extension SQLConnection {
    /// One page of the rows of `index`'s table whose indexed columns contain `query.text`, case-
    /// and accent-insensitively, with the number of such rows.
    ///
    /// The statements are reads; run the call inside ``SQLDatabase/read(_:)`` so that the total
    /// and the page see the same snapshot. SQLite picks its plan from the search index's own
    /// count of the matches (see ``SearchIndex/sqliteSearch(_:on:)``); PostgreSQL leaves the
    /// choice to its planner.
    ///
    /// - Throws: ``StorageError``: ``StorageError/Code/invalidArgument`` for a query that cannot
    ///   run (see ``SearchIndex/validate(_:)``), or the backend's error.
    package func search(_ index: SearchIndex, _ query: SearchQuery) throws -> SearchPage {
        try index.validate(query)
        switch dialect {
        case .sqlite: return try index.sqliteSearch(query, on: self)
        case .postgres: return try index.postgresSearch(query, on: self)
        }
    }
}
