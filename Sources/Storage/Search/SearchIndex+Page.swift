/// The parts of a ``SearchQuery``'s statements that both backends share: the select list, the
/// filter and cursor conditions, the order, and the page cut from the rows read.
extension SearchIndex {
    /// Refuses a query that cannot run.
    ///
    /// - Throws: ``StorageError`` with code ``StorageError/Code/invalidArgument`` for a limit
    ///   below 1 or a cursor whose values do not fit the order (one per column, then the key).
    func validate(_ query: SearchQuery) throws {
        guard query.limit >= 1 else {
            throw StorageError(.invalidArgument, "search \(name): the page size must be at least 1, not \(query.limit)")
        }
        if let cursor = query.after, cursor.values.count != query.order.columns.count + 1 {
            throw StorageError(.invalidArgument, "search \(name): a cursor needs \(query.order.columns.count + 1) values (the order's columns, then \(key)), not \(cursor.values.count)")
        }
        if let scope = query.countScope {
            guard let counts else {
                throw StorageError(.invalidArgument, "search \(name): a count scope needs an index declared with counts")
            }
            guard scope.count == counts.scope.count else {
                throw StorageError(.invalidArgument, "search \(name): a count scope needs \(counts.scope.count) values (\(counts.scope.map(\.name).joined(separator: ", "))), not \(scope.count)")
            }
        }
    }

    /// The order's columns then the key: the columns a cursor holds.
    func cursorColumns(_ query: SearchQuery) -> [SQLIdentifier] {
        query.order.columns + [key]
    }

    /// The columns asked for, then those of the cursor that were not, each qualified by the table.
    func selectList(_ query: SearchQuery) -> SQL {
        var columns: [SQLIdentifier] = []
        for column in query.columns + cursorColumns(query) where !columns.contains(column) {
            columns.append(column)
        }
        return SQL(generated: columns.map { "\(table.name).\($0.name)" }.joined(separator: ", "))
    }

    /// Whether ``filterCondition(_:)`` has conditions: a filter, or a count scope that has
    /// columns or a counted condition.
    func hasFilter(_ query: SearchQuery) -> Bool {
        if query.filter != nil { return true }
        guard query.countScope != nil, let counts else { return false }
        return !counts.scope.isEmpty || counts.counted != nil
    }

    /// ` AND (filter)`, or empty without a filter; a count scope comes first, as its columns'
    /// equalities and the counted condition.
    func filterCondition(_ query: SearchQuery) -> SQL {
        var sql = SQL(generated: "")
        if let values = query.countScope, let counts {
            for (column, value) in zip(counts.scope, values) {
                sql.appendGenerated(" AND \(table.name).\(column.name) = ")
                sql.appendBinding(value)
            }
            if let counted = counts.counted { sql.appendGenerated(" AND (\(counted))") }
        }
        if let filter = query.filter {
            sql.appendGenerated(" AND (")
            sql.append(filter)
            sql.appendGenerated(")")
        }
        return sql
    }

    /// ` AND (order…, key) > (cursor…)` (`<` when descending), or empty on the first page.
    func cursorCondition(_ query: SearchQuery) -> SQL {
        var sql = SQL(generated: "")
        if let cursor = query.after {
            let columns = cursorColumns(query).map { "\(table.name).\($0.name)" }.joined(separator: ", ")
            sql.appendGenerated(" AND (\(columns)) \(query.order.descending ? "<" : ">") (")
            for (position, value) in cursor.values.enumerated() {
                if position > 0 { sql.appendGenerated(", ") }
                sql.appendBinding(value)
            }
            sql.appendGenerated(")")
        }
        return sql
    }

    /// ` ORDER BY … LIMIT ?`, one row past the page so that the page knows whether it is the last
    /// (or `rows`, for a part of the page).
    func orderAndLimit(_ query: SearchQuery, rows: Int? = nil) -> SQL {
        let direction = query.order.descending ? " DESC" : ""
        var sql = SQL(generated: " ORDER BY " + cursorColumns(query).map { "\(table.name).\($0.name)\(direction)" }.joined(separator: ", ") + " LIMIT ")
        sql.appendBinding(.integer(Int64(rows ?? query.limit + 1)))
        return sql
    }

    /// The page from the rows read by a statement ending in ``orderAndLimit(_:)``.
    func page(_ rows: [Row], query: SearchQuery, total: Int, plan: SearchPlan) -> SearchPage {
        guard rows.count > query.limit else {
            return SearchPage(rows: rows, total: total, next: nil, plan: plan)
        }
        let kept = Array(rows.prefix(query.limit))
        let last = kept[kept.count - 1]
        let cursor = SearchCursor(values: cursorColumns(query).map { last[$0.name] ?? .null })
        return SearchPage(rows: kept, total: total, next: cursor, plan: plan)
    }
}
