/// How the storage layer found a ``SearchPage``: on SQLite always one of the first three; on
/// PostgreSQL those three when the total came from the index's counts, ``serverPlanned`` otherwise.
package enum SearchPlan: Sendable, Hashable {
    /// The matches come from the search index, each is fetched, and the page is the first
    /// `limit` of them in order: cheap when few rows match.
    case matchesFirst
    /// The table is walked in the page's order (through the index on the order's columns), each
    /// row is checked against the folded text, and the walk stops when the page is full: cheap
    /// when many rows match, since the page fills after about `limit × rows ÷ matches` rows.
    case orderFirst
    /// The matches read from the search index one bucket of the order's first
    /// column at a time (``SearchOrderBuckets``), in the order's direction, until the page is
    /// full: cheap when a bucket holds a page's worth of matches but all of them are too many to
    /// fetch and too few for the walk to end soon.
    case matchesByBucket
    /// PostgreSQL's planner chose, from its statistics, between the trigram index and the order's
    /// index: a search whose total PostgreSQL had to count (see
    /// ``SearchIndex/postgresSearch(_:on:)``).
    case serverPlanned
}
