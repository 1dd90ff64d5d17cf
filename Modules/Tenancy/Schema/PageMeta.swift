/// The `meta` of a page of any module's list: the schema's `PageMeta`.
///
/// It lives in Tenancy, the layer every business module stands on, so that each module's pages
/// share one shape and one set of resolvers.
package struct PageMeta: Sendable, Hashable {
    package var total: Int
    /// Nil when the page was read by cursor, where its number is unknown.
    package var page: Int?
    package var limit: Int

    package init(total: Int, page: Int?, limit: Int) {
        self.total = total
        self.page = page
        self.limit = limit
    }

    package var totalPages: Int { total == 0 || limit <= 0 ? 0 : (total + limit - 1) / limit }
}
