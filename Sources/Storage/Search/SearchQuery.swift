/// A search as a CRM user makes it: a fragment typed in a search box, answered with how many rows
/// match and the first page of them in the list's order, or a later page after a cursor.
///
/// A repository builds one and calls ``SQLConnection/search(_:_:)``; the driver picks the
/// mechanism (see ``SearchPlan``). Everything the user gives is bound, never spliced: the text,
/// the cursor's values and the values inside ``filter``.
///
///     let page = try connection.search(Clients.search, SearchQuery(
///         text: "gómez", columns: ["id", "name", "email"],
///         filter: "organization_id = \(org) AND deleted_at IS NULL",
///         order: SearchOrder(["name"]), limit: 50, after: cursor))
package struct SearchQuery: Sendable {
    /// What the user typed; folded like the index (case and accents), so "gomez" finds "Gómez".
    /// Empty text matches every row that passes the filter.
    package var text: String
    /// The table's columns each row carries; the order's columns and the key are added when
    /// missing, since the next cursor is read from them.
    package var columns: [SQLIdentifier]
    /// Further conditions on the searched table (tenant, soft deletion), in the repository's own
    /// SQL; columns may be written bare or qualified with the table's name, never an alias.
    package var filter: SQL?
    /// The values of the index's count scope (``SearchCounts/scope``, in its order) the rows must
    /// have; the rows must also meet its ``SearchCounts/counted`` condition. The driver writes
    /// these conditions itself, so a query cannot claim a scope its conditions do not say.
    /// When ``filter`` is nil the rows are exactly those of one count, and the driver takes the
    /// total from the counts instead of counting the matches; a ``filter`` narrows the rows
    /// further and the matches are counted. Needs an index declared with ``SearchIndex/counts``.
    package var countScope: [SQLValue]?
    package var order: SearchOrder
    /// The page's size, at least 1.
    package var limit: Int
    /// Where the previous page ended, or nil for the first page.
    package var after: SearchCursor?
    /// On SQLite, the number of matches from which the page is found by walking the order rather
    /// than from the search index's matches (see ``SearchPlan``); nil lets the driver compute it
    /// from the table's size (``SearchIndex/orderFirstThreshold(limit:tableRows:)``). Tests set it
    /// to force a plan. PostgreSQL honours it when it takes the total from the counts (see
    /// ``SearchIndex/postgresSearch(_:on:)``), with its own default.
    package var orderFirstThreshold: Int?
    /// When the order can bucket (``SearchCounts/orderBuckets``; on PostgreSQL only when the total
    /// came from the counts), the number of matches from which the page is read bucket by
    /// bucket rather than from all the matches (below the walk's threshold); nil lets the driver
    /// choose (see ``SearchIndex/pageRead(_:walked:total:scopeRows:walkToFetchCost:bucketCostShare:buckets:)``).
    /// Tests set it to force a plan.
    package var bucketThreshold: Int?

    package init(
        text: String,
        columns: [SQLIdentifier],
        filter: SQL? = nil,
        countScope: [SQLValue]? = nil,
        order: SearchOrder,
        limit: Int,
        after: SearchCursor? = nil,
        orderFirstThreshold: Int? = nil,
        bucketThreshold: Int? = nil
    ) {
        self.text = text
        self.columns = columns
        self.filter = filter
        self.countScope = countScope
        self.order = order
        self.limit = limit
        self.after = after
        self.orderFirstThreshold = orderFirstThreshold
        self.bucketThreshold = bucketThreshold
    }
}
