import Storage
package import Tenancy

extension EventRepository {
    /// One page of the events `scope` shows that pass the filter, soonest first with unscheduled
    /// events last and the id closing ties, and how many match in all.
    ///
    /// Run it inside `read {}`; the count and the page are two statements.
    package func list(_ filter: EventFilter, page: Int, limit: Int, in scope: AccessScope) throws -> EventListPage {
        let condition = Self.condition(filter, in: scope)
        let total = try connection.scalar("SELECT count(*) FROM events WHERE \(condition)", as: Int.self) ?? 0
        let offset = (max(1, page) - 1) * limit
        let events = try connection.rows("""
            SELECT \(Self.columns) FROM events WHERE \(condition)
            ORDER BY \(Self.order) LIMIT \(limit) OFFSET \(offset)
            """, as: Self.decode)
        return EventListPage(events: events, total: total)
    }

    /// How many events `scope` shows for each of these clients, in one grouped statement (for
    /// `Client._count.events`); a client without any is left out.
    package func counts(ofClients ids: some Collection<ClientID>, in scope: AccessScope) throws -> [ClientID: Int] {
        guard !ids.isEmpty else { return [:] }
        let rows = try connection.rows("""
            SELECT client_id, count(*) AS events FROM events
            WHERE client_id IN \(list: Set(ids)) AND \(Self.conditionByClient(scope)) AND client_id IN (\(ClientRepository.visibleIDs(among: ids, scope)))
            GROUP BY client_id
            """) { row in (try row.decode("client_id") as ClientID, try row.decode("events") as Int) }
        return Dictionary(rows, uniquingKeysWith: +)
    }

    /// Soonest first, unscheduled last on both backends (SQLite sorts NULL first, PostgreSQL
    /// last), then the id.
    static let order: SQL = "(CASE WHEN starts_at IS NULL THEN 1 ELSE 0 END), starts_at, id"

    /// The scope and the filter as one condition on `events`. Events of a client the scope hides
    /// (a deleted one) stay visible as the organization's: the event is the staff's record too.
    static func condition(_ filter: EventFilter, in scope: AccessScope) -> SQL {
        var parts: [SQL] = [condition(scope)]
        if !filter.statuses.isEmpty { parts.append("status IN \(list: filter.statuses)") }
        if let client = filter.client { parts.append("client_id = \(client)") }
        if let from = filter.startsFrom { parts.append("starts_at >= \(from)") }
        if let to = filter.startsTo { parts.append("starts_at < \(to)") }
        return parts.joined(separator: " AND ")
    }
}
