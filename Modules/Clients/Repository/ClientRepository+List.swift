import Storage
package import Tenancy

extension ClientRepository {
    /// One page of the clients `scope` shows that pass the filter and contain the search text
    /// (name, email, phone, tax id; case- and accent-insensitively, by substring, through the
    /// storage layer's search index), in the order asked, with the total.
    ///
    /// The first page and every cursor page go through `SQLConnection.search`, which picks its
    /// plan from the index; a numbered page beyond the first counts and skips with `OFFSET`. Run it
    /// inside `read {}` so that the total and the page see one snapshot.
    package func list(_ query: ClientListQuery, in scope: AccessScope) throws -> ClientListPage {
        let filter = Self.condition(query.filter, in: scope)
        let text = query.search ?? ""
        if query.after != nil || query.page == 1 {
            let page = try connection.search(ClientsMigrations.search, SearchQuery(
                text: text, columns: Self.listColumns, filter: filter, order: query.order.searchOrder, limit: query.limit,
                after: query.after))
            return ClientListPage(
                clients: try page.rows.map(Self.decode), total: page.total, page: query.after == nil ? 1 : query.page,
                limit: query.limit, next: page.next)
        }
        let matching = connection.searchCondition(ClientsMigrations.search, matching: text)
        let total = try connection.scalar("SELECT count(*) FROM clients WHERE \(matching) AND \(filter)", as: Int.self) ?? 0
        let direction: SQL = query.order.descending ? " DESC" : ""
        let column = query.order.field.column
        let offset = (query.page - 1) * query.limit
        let rows = try connection.rows("""
            SELECT \(Self.columns), row_id FROM clients WHERE \(matching) AND \(filter)
            ORDER BY \(column)\(direction), row_id\(direction) LIMIT \(query.limit + 1) OFFSET \(offset)
            """)
        let pageRows = rows.prefix(query.limit)
        var next: SearchCursor?
        if rows.count > query.limit, let last = pageRows.last {
            next = SearchCursor(values: [last[column.name] ?? .null, last["row_id"] ?? .null])
        }
        return ClientListPage(
            clients: try pageRows.map(Self.decode), total: total, page: query.page, limit: query.limit, next: next)
    }

    /// The columns a list reads, as identifiers for the search call.
    static let listColumns: [SQLIdentifier] = [
        "id", "organization_id", "refid", "name", "first_name", "last_name", "email", "phone", "type", "status", "segment",
        "tax_id", "tax_id_country", "business_name", "billing_address", "street", "commune", "region", "address_country",
        "acquisition_source", "acquisition_detail", "notes", "metadata", "assigned_to", "reseller_id", "created_by",
        "total_purchases", "lifetime_value", "last_contact_at", "created_at", "updated_at", "deleted_at",
    ]

    /// The scope and the filter as one condition on bare columns of `clients`.
    static func condition(_ filter: ClientFilter, in scope: AccessScope) -> SQL {
        var parts: [SQL] = [reach(scope)]
        if !(filter.includeDeleted && scope.includeDeleted) { parts.append("deleted_at IS NULL") }
        if !filter.statuses.isEmpty { parts.append("status IN \(list: filter.statuses)") }
        if !filter.types.isEmpty { parts.append("type IN \(list: filter.types)") }
        if !filter.segments.isEmpty { parts.append("segment IN \(list: filter.segments)") }
        if let user = filter.assignedTo { parts.append("assigned_to = \(user)") }
        if let reseller = filter.reseller { parts.append("reseller_id = \(reseller)") }
        switch filter.standalone {
        case true?: parts.append("reseller_id IS NULL")
        case false?: parts.append("reseller_id IS NOT NULL")
        case nil: break
        }
        if let organization = filter.organization { parts.append("organization_id = \(organization)") }
        if let region = filter.region { parts.append("lower(region) = \(region.lowercased())") }
        if let engaged = filter.engaged, let since = filter.engagedSince {
            parts.append(engaged ? "last_contact_at >= \(since)" : "(last_contact_at IS NULL OR last_contact_at < \(since))")
        }
        if let from = filter.createdFrom { parts.append("created_at >= \(from)") }
        if let to = filter.createdTo { parts.append("created_at <= \(to)") }
        return parts.joined(separator: " AND ")
    }
}
