import Clients
import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// `Client._count`: events counted by Clients in scope; the kinds of other modules through
/// ``ClientCountSource``, and 0 while no module counts them (issue 6, item 8).
@Suite struct ClientCountTests {
    static let query = """
        query One($id: ID!) {
          client(id: $id) {
            totalPurchases lifetimeValue lastContactAt isEngaged
            _count { events interactions messages unreadMessages surveys billingLinks pendingInvoices }
          }
        }
        """

    @Test(arguments: ClientsBackend.all)
    func kindsOfModulesNotWiredCountZeroAndSoDoPurchasesAndContacts(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            let response = await world.run(Self.query, as: world.a.admin, variables: ["id": .string(world.a.standalone.id.rawValue)])
            #expect(response.errors.isEmpty, "\(response.errors)")
            let client = response.data?["client"]
            #expect(client?["_count"] == .object(OrderedObject([
                ("events", .int(1)), ("interactions", .int(0)), ("messages", .int(0)), ("unreadMessages", .int(0)),
                ("surveys", .int(0)), ("billingLinks", .int(0)), ("pendingInvoices", .int(0)),
            ])))
            #expect(client?["totalPurchases"] == .int(0))
            #expect(client?["lifetimeValue"] == .int(0))
            #expect(client?["lastContactAt"] == .null)
            #expect(client?["isEngaged"] == .bool(false))
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aWiredSourceAnswersItsKindsWithTheCallersScope(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database) { a, _ in
                FakeCountSource([.interactions: [a.resold.id: 4], .unreadMessages: [a.resold.id: 2], .pendingInvoices: [a.standalone.id: 9]])
            }
            let response = await world.run(Self.query, as: world.a.reseller, variables: ["id": .string(world.a.resold.id.rawValue)])
            #expect(response.errors.isEmpty, "\(response.errors)")
            let count = response.data?["client"]?["_count"]
            #expect(count?["interactions"] == .int(4))
            #expect(count?["unreadMessages"] == .int(2))
            #expect(count?["pendingInvoices"] == .int(0))
            #expect(count?["messages"] == .int(0))
            let calls = try #require(world.counts).calls
            #expect(Set(calls.map(\.kind)) == [.interactions, .unreadMessages, .pendingInvoices])
            #expect(calls.allSatisfy { $0.scope == AccessScope(Caller(world.a.reseller)!) && $0.clients == [world.a.resold.id] })
        }
    }

    /// The events a RESELLER login counts are those of its own clients: an event linked to
    /// another client is not reached through another path either.
    @Test(arguments: ClientsBackend.all)
    func eventsAreCountedInTheCallersScope(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            let eventsOf = "{ events(limit: 100) { data { client { id _count { events } } } } }"
            let forStaff = await world.run(eventsOf, as: world.a.admin)
            let staffCounts = forStaff.data?["events"]?["data"]?.listValue?.compactMap { $0["client"]?["_count"]?["events"]?.intValue }
            #expect(staffCounts == [1, 1, 1])
            let forReseller = await world.run(eventsOf, as: world.a.reseller)
            let resellerRows = forReseller.data?["events"]?["data"]?.listValue ?? []
            #expect(resellerRows.map { $0["client"]?["id"]?.stringValue } == [world.a.resold.id.rawValue])
            #expect(resellerRows.first?["client"]?["_count"]?["events"] == .int(1))
            // Asked directly for clients of both organizations, the grouped count answers only
            // for those the scope shows.
            let ids = [world.a.standalone.id, world.a.resold.id, world.b.standalone.id]
            let asReseller = try await database.read { try EventRepository($0).counts(ofClients: ids, in: AccessScope(Caller(world.a.reseller)!)) }
            #expect(asReseller == [world.a.resold.id: 1])
            let asAdmin = try await database.read { try EventRepository($0).counts(ofClients: ids, in: AccessScope(Caller(world.a.admin)!)) }
            #expect(asAdmin == [world.a.standalone.id: 1, world.a.resold.id: 1])
        }
    }
}
