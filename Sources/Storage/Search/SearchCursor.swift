/// Where a search page ended: the values of the order's columns and of the key in its last row.
///
/// ``SearchPage/next`` hands one out; a repository turns it into the opaque cursor string its API
/// shows (and back) however it likes, and passes it as ``SearchQuery/after`` for the next page.
/// The next page starts strictly after this place, so rows inserted or deleted between two pages
/// neither repeat nor shift what follows.
package struct SearchCursor: Sendable, Hashable {
    /// One value per column of ``SearchOrder/columns``, then the key's value.
    package let values: [SQLValue]

    package init(values: [SQLValue]) {
        self.values = values
    }
}
