import Foundation
package import Storage
package import Tenancy

/// Events in storage, seen through an ``AccessScope``.
///
/// An event belongs to an organization; under a RESELLER or CLIENT confinement an event is
/// visible only while it is linked to a client of that reseller, or to that client, so unlinked
/// events are staff's. Linking checks the client through the same scope (a client the caller
/// cannot see cannot be linked).
package struct EventRepository {
    package let connection: any SQLConnection

    package init(_ connection: any SQLConnection) {
        self.connection = connection
    }

    /// Stores a new event; its client, when given, must be one `scope` shows.
    ///
    /// - Throws: ``ClientRepositoryError/notFound(_:)`` for a client out of scope; ``StorageError``.
    package func create(_ event: Event, in scope: AccessScope) throws {
        guard scope.contains(organization: event.organization) else { throw StorageError(.invalidArgument, "organization out of scope") }
        if let client = event.client { try requireClient(client, organization: event.organization, in: scope) }
        try connection.execute("""
            INSERT INTO events (id, organization_id, client_id, name, starts_at, ends_at, status, created_at)
            VALUES (\(event.id), \(event.organization), \(event.client), \(event.name), \(event.startsAt), \(event.endsAt),
              \(event.status), \(event.createdAt))
            """)
    }

    /// The event with this id, or nil when absent or outside `scope`.
    package func event(_ id: String, in scope: AccessScope) throws -> Event? {
        try connection.firstRow("SELECT \(Self.columns) FROM events WHERE id = \(id) AND \(Self.condition(scope))").map(Self.decode)
    }

    /// The events of these clients that `scope` shows, soonest first (unscheduled last): one
    /// statement for a batch.
    package func events(ofClients ids: some Collection<ClientID>, in scope: AccessScope) throws -> [ClientID: [Event]] {
        guard !ids.isEmpty else { return [:] }
        let found = try connection.rows("""
            SELECT \(Self.columns) FROM events WHERE client_id IN \(list: Set(ids)) AND \(Self.conditionByClient(scope))
              AND client_id IN (\(ClientRepository.visibleIDs(among: ids, scope)))
            ORDER BY \(Self.order)
            """, as: Self.decode)
        return Dictionary(grouping: found) { $0.client! }
    }

    /// Writes an event's name, period and status (its organization never changes; its client
    /// changes through ``link(_:to:in:)``).
    ///
    /// - Returns: false when the event is not in scope.
    /// - Throws: ``StorageError`` with a check violation for a period that ends before it starts.
    package func update(_ event: Event, in scope: AccessScope) throws -> Bool {
        try connection.execute("""
            UPDATE events SET name = \(event.name), starts_at = \(event.startsAt), ends_at = \(event.endsAt), status = \(event.status)
            WHERE id = \(event.id) AND \(Self.condition(scope))
            """) == 1
    }

    /// Links an event to a client (or unlinks it with nil); both must be in `scope` and in the
    /// same organization.
    ///
    /// - Returns: false when the event is not in scope.
    /// - Throws: ``ClientRepositoryError/notFound(_:)`` for a client out of scope.
    package func link(_ id: String, to client: ClientID?, in scope: AccessScope) throws -> Bool {
        guard let event = try event(id, in: scope) else { return false }
        if let client { try requireClient(client, organization: event.organization, in: scope) }
        return try connection.execute("UPDATE events SET client_id = \(client) WHERE id = \(id)") == 1
    }

    private func requireClient(_ client: ClientID, organization: OrganizationID, in scope: AccessScope) throws {
        guard let found = try ClientRepository(connection).client(client, in: scope), found.organization == organization, found.deletedAt == nil else {
            throw ClientRepositoryError.notFound(client)
        }
    }

    /// The scope as a condition on events: the organization, and under a confinement the linked
    /// client's reseller or the client itself.
    static func condition(_ scope: AccessScope) -> SQL {
        scope.recordCondition(
            organization: "organization_id", reseller: "(SELECT c.reseller_id FROM clients c WHERE c.id = events.client_id)",
            client: "client_id")
    }

    /// ``condition(_:)`` for reads by client, written so that only the client index serves them
    /// (the organization compared as an expression no index covers; see
    /// `ClientRepository.visibleByKey`): without statistics SQLite would otherwise walk every event
    /// of the organization.
    static func conditionByClient(_ scope: AccessScope) -> SQL {
        scope.recordCondition(
            organization: "(organization_id || '')", reseller: "(SELECT c.reseller_id FROM clients c WHERE c.id = events.client_id)",
            client: "client_id")
    }

    static let columns: SQL = "id, organization_id, client_id, name, starts_at, ends_at, status, created_at"

    static func decode(_ row: Row) throws -> Event {
        Event(
            id: try row.decode("id"), organization: try row.decode("organization_id"), client: try row.decode("client_id"),
            name: try row.decode("name"), startsAt: try row.decode("starts_at"), endsAt: try row.decode("ends_at"),
            status: try row.decode("status"), createdAt: try row.decode("created_at"))
    }
}
