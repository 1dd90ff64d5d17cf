/// The order of a search's pages: columns of the searched table, all ascending or all descending,
/// then the index's key in the same direction.
///
/// The key closes every tie, so the order is total and a ``SearchCursor`` names one exact place in
/// it. One direction for every column keeps the cursor condition a single row-value comparison,
/// `(name, id) > (…, …)`, which both backends answer from an index on the same columns; a list
/// that sorts one column up and another down is rare enough in a CRM not to be worth a longer
/// condition. The columns must be `NOT NULL`: a row-value comparison with a NULL is unknown, so a
/// cursor could never get past it.
package struct SearchOrder: Sendable, Hashable {
    package var columns: [SQLIdentifier]
    package var descending: Bool

    package init(_ columns: [SQLIdentifier], descending: Bool = false) {
        self.columns = columns
        self.descending = descending
    }
}
