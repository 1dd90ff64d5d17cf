/// The `pageInfo` of a page of any module's list: the schema's `PageInfo`, where the next page
/// starts.
package struct PageInfo: Sendable, Hashable {
    /// The opaque cursor of the page's last record, nil for an empty page.
    package var endCursor: String?
    package var hasNextPage: Bool

    package init(endCursor: String?, hasNextPage: Bool) {
        self.endCursor = endCursor
        self.hasNextPage = hasNextPage
    }
}
