import GraphQL
import Storage
import Tenancy

/// `createEvent`, `updateEvent`, `linkEvent`, `unlinkEvent`: each one transaction in which the
/// event (and the client it is linked to) is read in the caller's scope, NOT_FOUND otherwise.
///
/// Who may: the roles that change clients (access.md, "link events"). The role alone decides
/// once the event is in scope: under a RESELLER confinement an event is visible only while it
/// is linked to one of the reseller's clients, so a visible event is the reseller's own.
///
/// Decisions where the spec is silent:
/// - a RESELLER's new event must be linked to one of its clients (`clientId`), since an unlinked
///   event is the organization staff's and the reseller could never see it again;
/// - a new event's `clientId` that names no client in the caller's scope is BAD_USER_INPUT on
///   `clientId`; `linkEvent`'s `clientId` is NOT_FOUND, as the record the call is about;
/// - unlinking hands the event back to the organization's staff, also when a RESELLER does it.
extension ClientsSchema {
    static func registerEventMutations(in module: inout SchemaModule) {
        module.resolve("Mutation", "createEvent", .async { _, arguments, context in
            let access = try context.access()
            try OperationPolicy.authorize(.change, caller: access.caller, scope: access.scope, record: nil, kind: "event")
            let creation = try EventInput.creating(input(arguments))
            let client = try creation.clientID.map { text throws(ResolverError) in
                guard let id = ClientID(parsing: text) else { throw unknownClient }
                return id
            }
            if access.caller.resellerID != nil, client == nil {
                throw ResolverError.badUserInput("A RESELLER's events are linked to one of its clients; name clientId.", field: "clientId")
            }
            let now = access.now()
            let event = try await write(access) { connection in
                let organization = try organizationForNewRecord(named: creation.organizationID, access: access, connection: connection)
                let event = Event(
                    organization: organization.id, client: client, name: creation.name, startsAt: creation.startsAt,
                    endsAt: creation.endsAt, status: creation.status, createdAt: now)
                do {
                    try EventRepository(connection).create(event, in: access.scope)
                } catch ClientRepositoryError.notFound {
                    throw unknownClient
                }
                return event
            }
            return .object(event)
        })
        module.resolve("Mutation", "updateEvent", .async { _, arguments, context in
            let access = try context.access()
            let id = arguments.string("id") ?? ""
            let input = input(arguments)
            let event = try await write(access) { connection in
                let events = EventRepository(connection)
                let current = try changeableEvent(id, access: access, events: events)
                let changed = try EventInput.updating(current, with: input)
                guard changed != current else { return current }
                guard try events.update(changed, in: access.scope) else { throw ResolverError.notFound("event") }
                return changed
            }
            return .object(event)
        })
        module.resolve("Mutation", "linkEvent", .async { _, arguments, context in
            let access = try context.access()
            let id = arguments.string("eventId") ?? ""
            let client = try clientID(arguments, "clientId")
            return .object(try await link(id, to: client, access: access))
        })
        module.resolve("Mutation", "unlinkEvent", .async { _, arguments, context in
            let access = try context.access()
            let id = arguments.string("eventId") ?? ""
            return .object(try await link(id, to: nil, access: access))
        })
    }

    /// Links (or with nil unlinks) an event the caller may change to a live client in its scope
    /// and of the event's organization.
    private static func link(_ id: String, to client: ClientID?, access: AccessContext) async throws -> Event {
        try await write(access) { connection in
            let events = EventRepository(connection)
            var event = try changeableEvent(id, access: access, events: events)
            guard event.client != client else { return event }
            guard try events.link(id, to: client, in: access.scope) else { throw ResolverError.notFound("event") }
            event.client = client
            return event
        }
    }

    /// An event in the caller's scope (NOT_FOUND otherwise) that its role may change (FORBIDDEN
    /// otherwise).
    private static func changeableEvent(_ id: String, access: AccessContext, events: EventRepository) throws -> Event {
        guard let event = try events.event(id, in: access.scope) else { throw ResolverError.notFound("event") }
        try OperationPolicy.authorize(.change, caller: access.caller, scope: access.scope, record: nil, kind: "event")
        return event
    }

    /// A new event's client that is malformed, unknown, deleted or out of scope, all alike.
    static let unknownClient = ResolverError.badUserInput("clientId names no client of the organization.", field: "clientId")
}
