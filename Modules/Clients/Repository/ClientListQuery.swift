package import Storage

/// One request of `clients(filter, search, orderBy, page, limit)` or its cursor form (`after`).
///
/// `limit` defaults to 10 and is clamped to 1…100 (domain.md); `page` counts from 1 and is ignored
/// when `after` is given. A page number reads and skips the rows before it; the cursor starts
/// right after the previous page's last row from the index, so deep pages stay as fast as the
/// first.
package struct ClientListQuery: Sendable {
    package static let defaultLimit = 10
    package static let maximumLimit = 100

    package var filter: ClientFilter
    package var search: String?
    package var order: ClientOrder
    package var page: Int
    package var limit: Int
    package var after: SearchCursor?

    package init(
        filter: ClientFilter = ClientFilter(), search: String? = nil, order: ClientOrder = ClientOrder(), page: Int = 1,
        limit: Int = ClientListQuery.defaultLimit, after: SearchCursor? = nil
    ) {
        self.filter = filter
        self.search = search
        self.order = order
        self.page = max(1, page)
        self.limit = min(max(1, limit), Self.maximumLimit)
        self.after = after
    }
}

/// One page of clients with what `meta` shows, and the cursor of the next page.
package struct ClientListPage: Sendable {
    package var clients: [Client]
    package var total: Int
    package var page: Int
    package var limit: Int
    /// Where the next page starts; nil on the last page.
    package var next: SearchCursor?
    /// Where this page ends, also on the last page (`pageInfo.endCursor`); nil when it is empty.
    package var end: SearchCursor?

    package var totalPages: Int { total == 0 ? 0 : (total + limit - 1) / limit }
}
