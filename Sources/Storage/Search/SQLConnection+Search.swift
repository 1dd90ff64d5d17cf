extension SQLConnection {
    /// One page of the rows of `index`'s table whose indexed columns contain `query.text`, case-
    /// and accent-insensitively, with the number of such rows.
    ///
    /// The statements are reads; run the call inside ``SQLDatabase/read(_:)`` so that the total
    /// and the page see the same snapshot. Both backends pick the plan from the index's
    /// maintained counts when the query is one count's rows; otherwise SQLite counts the matches
    /// in the search index (see ``SearchIndex/sqliteSearch(_:on:)``) and PostgreSQL leaves the
    /// choice to its planner (see ``SearchIndex/postgresSearch(_:on:)``).
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

    /// Moves the deltas of a search index's counts into its folded counts now, and returns how
    /// many deltas it moved, or nil when a fold was running in another transaction (this one then
    /// does nothing) or the transaction is not `READ COMMITTED`. Writes fold by themselves (see
    /// ``SearchIndex/createPostgresCounts()``); this is for maintenance, tests and benchmarks.
    /// Run it in ``SQLDatabase/write(_:)``. SQLite's counts have no deltas (its triggers update
    /// them in place): it returns 0.
    @discardableResult
    package func foldSearchCounts(_ index: SearchIndex) throws -> Int? {
        guard dialect == .postgres else { return 0 }
        guard index.counts != nil else {
            throw StorageError(.invalidArgument, "search index \(index.name) declares no counts to fold")
        }
        return try scalar(SQL(generated: "SELECT \(index.foldFunction.name)()"), as: Int?.self).flatMap { $0 }
    }
}
