import Clients
import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// `events(filter, page, limit)`: soonest first with unscheduled events last, its filters, and
/// its pages.
@Suite struct EventQueryTests {
    static func names(_ world: ClientsSchemaWorld, _ arguments: String) async -> [String] {
        let response = await world.run("{ events\(arguments) { data { name } } }", as: world.a.admin)
        #expect(response.errors.isEmpty, "\(response.errors)")
        return response.data?["events"]?["data"]?.listValue?.compactMap { $0["name"]?.stringValue } ?? []
    }

    @Test(arguments: ClientsBackend.all)
    func eventsComeSoonestFirstAndFilter(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            let a = world.a
            try await database.write { connection in
                var cancelled = Event(organization: a.organization.id, name: "Cancelled early", startsAt: ClientsSchemaWorld.epoch, createdAt: ClientsSchemaWorld.epoch)
                cancelled.status = .cancelled
                try EventRepository(connection).create(cancelled, in: AccessScope(Caller(a.admin)!))
            }
            #expect(await Self.names(world, "") == [
                "Cancelled early", "Event of José Gómez", "Event of Ana Muñoz", "Event of Cliente Portal", "Open house",
            ])
            #expect(await Self.names(world, "(filter: {status: CANCELLED})") == ["Cancelled early"])
            #expect(await Self.names(world, "(filter: {status: [PLANNED]})").count == 4)
            #expect(await Self.names(world, "(filter: {clientId: \"\(a.resold.id)\"})") == ["Event of Ana Muñoz"])
            #expect(await Self.names(world, "(filter: {clientId: \"\(world.b.resold.id)\"})") == [])
            #expect(await Self.names(world, "(filter: {clientId: \"nope\"})") == [])
            #expect(await Self.names(world, "(filter: {startsFrom: \"2025-12-02T00:00:00Z\", startsTo: \"2025-12-03T00:00:00Z\"})") == ["Event of José Gómez"])
            let page = await world.run("{ events(page: 2, limit: 2) { data { name client { name organization { name } } } meta { total page limit totalPages } pageInfo { endCursor hasNextPage } } }", as: a.admin)
            let events = page.data?["events"]
            #expect(events?["data"]?.listValue?.compactMap { $0["name"]?.stringValue } == ["Event of Ana Muñoz", "Event of Cliente Portal"])
            #expect(events?["data"]?.listValue?.first?["client"]?["organization"]?["name"] == .string("Agencia Luna"))
            #expect(events?["meta"] == .object(OrderedObject([("total", .int(5)), ("page", .int(2)), ("limit", .int(2)), ("totalPages", .int(3))])))
            #expect(events?["pageInfo"] == .object(OrderedObject([("endCursor", .null), ("hasNextPage", .bool(true))])))
            for (arguments, field) in [("(page: 0)", "page"), ("(limit: 0)", "limit")] {
                let response = await world.run("{ events\(arguments) { data { id } } }", as: a.admin)
                #expect(response.errors.first?.extensions["field"] == .string(field))
            }
        }
    }

    /// A client's `events` share the order.
    @Test(arguments: ClientsBackend.all)
    func aClientsEventsPutUnscheduledOnesLast(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            let a = world.a
            try await database.write { connection in
                let scope = AccessScope(Caller(a.admin)!)
                try EventRepository(connection).create(Event(organization: a.organization.id, client: a.resold.id, name: "Someday", createdAt: ClientsSchemaWorld.epoch), in: scope)
                try EventRepository(connection).create(
                    Event(organization: a.organization.id, client: a.resold.id, name: "First", startsAt: ClientsSchemaWorld.epoch, createdAt: ClientsSchemaWorld.epoch), in: scope)
            }
            let response = await world.run("{ client(id: \"\(a.resold.id)\") { events { name } } }", as: a.admin)
            #expect(response.data?["client"]?["events"]?.listValue?.compactMap { $0["name"]?.stringValue } == ["First", "Event of Ana Muñoz", "Someday"])
        }
    }
}
