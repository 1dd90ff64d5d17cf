import Foundation
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
            let organization = Self.countedOrganization(query.filter, in: scope)
            let page = try connection.search(ClientsMigrations.search, SearchQuery(
                text: text, columns: Self.listColumns, filter: organization == nil ? filter : nil,
                countScope: organization.map { [.text($0.rawValue)] }, order: query.order.searchOrder, limit: query.limit,
                after: query.after))
            return ClientListPage(
                clients: try page.rows.map(Self.decode), total: page.total, page: query.after == nil ? 1 : query.page,
                limit: query.limit, next: page.next, end: page.rows.last.map { Self.position(of: $0, in: query.order) })
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
        let end = pageRows.last.map { Self.position(of: $0, in: query.order) }
        return ClientListPage(
            clients: try pageRows.map(Self.decode), total: total, page: query.page, limit: query.limit,
            next: rows.count > query.limit ? end : nil, end: end)
    }

    /// The organization whose live clients are exactly the rows the list filters, or nil when
    /// the filter or the scope says more (a status, a reseller's confinement, deleted clients,
    /// several organizations).
    ///
    /// The search index keeps counts per organization of live clients
    /// (`ClientsMigrations.search`), so the list then passes that organization as the search's
    /// count scope, and PostgreSQL reads the total instead of counting the matches; the rows are
    /// the same (the storage layer writes `organization_id = … AND deleted_at IS NULL` itself).
    package static func countedOrganization(_ filter: ClientFilter, in scope: AccessScope) -> OrganizationID? {
        guard scope.confinement == .none, !(filter.includeDeleted && scope.includeDeleted) else { return nil }
        var rest = filter
        rest.organization = nil
        rest.includeDeleted = false
        if rest.engaged == nil {
            rest.engagedSince = nil
            rest.engagedSinceByOrganization = nil
        }
        guard rest == ClientFilter() else { return nil }
        switch (scope.organizations, filter.organization) {
        case (.only(let reached), nil): return reached
        case (.only(let reached), let named?): return reached == named ? reached : nil
        case (.all, let named?): return named
        case (.all, nil): return nil
        }
    }

    /// Where a row stands in the order: its sort value and its row id, the shape of the cursor.
    private static func position(of row: Row, in order: ClientOrder) -> SearchCursor {
        SearchCursor(values: [row[order.field.column.name] ?? .null, row["row_id"] ?? .null])
    }

    /// The columns a list reads, as identifiers for the search call.
    static let listColumns: [SQLIdentifier] = [
        "id", "organization_id", "refid", "name", "first_name", "last_name", "email", "phone", "type", "status", "segment",
        "tax_id", "tax_id_country", "business_name", "billing_address", "street", "commune", "region", "address_country",
        "acquisition_source", "acquisition_detail", "notes", "metadata", "assigned_to", "reseller_id", "created_by",
        "total_purchases", "lifetime_value", "last_contact_at", "last_purchase_at", "created_at", "updated_at", "deleted_at",
    ]

    /// "Engaged" as a condition that is never NULL (so that its negation holds for the others):
    /// a contact or a purchase at or after the window's start. Per organization, the
    /// organizations that share a window share one term.
    private static func engagedCondition(_ filter: ClientFilter) -> SQL? {
        func since(_ date: Date) -> SQL {
            "(last_contact_key >= \(Timestamp.format(date)) OR COALESCE(last_purchase_at, '') >= \(Timestamp.format(date)))"
        }
        guard let windows = filter.engagedSinceByOrganization else { return filter.engagedSince.map(since) }
        let byStart = Dictionary(grouping: windows.keys) { windows[$0]! }
        guard !byStart.isEmpty else { return "(1 = 0)" }
        let terms: [SQL] = byStart.keys.sorted().map { start in
            "(organization_id IN \(list: byStart[start]!.sorted()) AND \(since(start)))"
        }
        return "(" + terms.joined(separator: " OR ") + ")"
    }

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
        if let engaged = filter.engaged, let condition = engagedCondition(filter) {
            parts.append(engaged ? condition : "NOT \(condition)")
        }
        if let from = filter.createdFrom { parts.append("created_at >= \(from)") }
        if let to = filter.createdTo { parts.append("created_at < \(to)") }
        return parts.joined(separator: " AND ")
    }
}
