/// One page of a search: the rows in order, how many rows match in all, and where to continue.
package struct SearchPage: Sendable, Equatable {
    /// At most ``SearchQuery/limit`` rows, with the columns asked for (and the order's and the key's).
    package var rows: [Row]
    /// How many rows match the text and the filter, on every page alike (not only after the cursor).
    package var total: Int
    /// Where the next page starts, or nil when this page is the last.
    package var next: SearchCursor?
    /// How the page was found, for tests and the benchmark; the rows do not depend on it.
    package var plan: SearchPlan
}
