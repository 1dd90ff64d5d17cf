import GraphQL
import Storage
import Tenancy

/// `Event`. Its client goes through the request's clients loader in the caller's scope, so a
/// RESELLER or CLIENT login reaches only its own clients from an event, and a deleted or purged
/// client reads as null.
extension ClientsSchema {
    static func registerEventObject(in module: inout SchemaModule) {
        module.resolvers(for: "Event", on: Event.self) { event in
            event.field("id") { .string($0.id) }
            event.field("name") { .string($0.name) }
            event.field("startsAt") { .dateTime($0.startsAt) }
            event.field("endsAt") { .dateTime($0.endsAt) }
            event.field("status") { .enumValue($0.status) }
            event.field("createdAt") { .dateTime($0.createdAt) }
            event.batch("client") { events, _, context in
                let clients = try await loadClients(events.compactMap(\.client), context: context)
                return events.map { event in event.client.flatMap { clients[$0] }.map { .object($0) } ?? .null }
            }
            event.batch("organization") { events, _, context in
                let organizations = try await TenancySchema.loadOrganizations(
                    events.map(\.organization), context: context, access: try context.access())
                return events.map { organizations[$0.organization].map { .object($0) } ?? .null }
            }
        }
    }
}
