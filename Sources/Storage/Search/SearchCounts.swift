/// How a ``SearchIndex`` keeps the number of rows that contain each short piece of text, so that
/// a search's total is read rather than counted (see ``SearchIndex/createPostgresCounts()`` and
/// ``SearchIndex/createSQLiteCounts(tableColumns:)``: the same counts, kept by deltas that
/// writers fold on PostgreSQL and in place by row triggers on SQLite, which has one writer).
///
/// A count is kept per value of the ``scope`` columns (a tenant: `organization_id`) and covers
/// only the rows for which ``counted`` holds (live rows: `deleted_at IS NULL`). A search can use
/// it when its whole filter is "these scope values and counted" (``SearchQuery/countScope``);
/// any other filter counts the matches as before. Both parts come from code, never from input.
///
/// Both backends keep them since SQLite's FTS5 count of a common fragment (its whole doclist)
/// proved to cost half of a search (see ``SearchIndex/sqliteSearch(_:on:)``); a database that
/// ran ``MigrationStep/createSearchCounts(_:)`` on SQLite before that gets them from
/// ``MigrationStep/createSQLiteSearchCounts(_:)``.
package struct SearchCounts: Sendable, Hashable {
    /// The columns a count is kept per; empty keeps one count for the whole table.
    package let scope: [SQLIdentifier]
    /// The condition a row must meet to be counted, on bare columns of the table; nil counts
    /// every row.
    package let counted: String?
    /// Whether each order the searches use has an index on PostgreSQL that also holds the folded
    /// column (`(name, id) INCLUDE (<index>_text)`, after the scope's columns), so that the walk
    /// of ``SearchPlan/orderFirst`` reads no table row: the driver then prices a row of the walk
    /// at about a twelfth of a match read from the GIN index instead of about two thirds, and
    /// walks for rarer fragments (see ``SearchIndex/postgresSearch(_:on:)``).
    package let orderIndexesHoldText: Bool
    /// Buckets of an order's first column in the trigram index, created by
    /// ``MigrationStep/createSearchOrderBuckets(_:)``, which a search in that order near the two
    /// plans' crossover reads instead of every match; nil keeps none.
    package let orderBuckets: SearchOrderBuckets?

    /// The condition a row of the table meets when it is counted, on its bare columns: the
    /// ``counted`` condition and every scope column non-NULL; nil when every row counts.
    var rowCondition: String? {
        let parts = (counted.map { ["(\($0))"] } ?? []) + scope.map { "\($0.name) IS NOT NULL" }
        return parts.isEmpty ? nil : parts.joined(separator: " AND ")
    }

    /// - Parameters:
    ///   - scope: Columns of the table, none named `piece` or `n` (the count tables' own).
    ///   - counted: A condition in SQL both backends read the same way, written in the source:
    ///     it is put as it is into a trigger and into every query that uses the counts, so it
    ///     must not depend on the session (time, settings) or it would not be the same condition
    ///     when a row is written and when it is searched.
    ///   - orderBuckets: See ``SearchOrderBuckets``.
    package init(
        scope: [SQLIdentifier] = [], counted: StaticString? = nil, orderIndexesHoldText: Bool = false, orderBuckets: SearchOrderBuckets? = nil
    ) {
        precondition(!scope.contains { $0.name == "piece" || $0.name == "n" }, "a count scope cannot use the names piece or n")
        precondition(Set(scope).count == scope.count, "a count scope names each column once")
        self.scope = scope
        self.counted = counted.map(\.description)
        self.orderIndexesHoldText = orderIndexesHoldText
        self.orderBuckets = orderBuckets
    }
}
