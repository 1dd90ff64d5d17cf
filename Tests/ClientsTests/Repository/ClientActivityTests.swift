import Clients
import Foundation
import Storage
import Tenancy
import Testing

/// What other modules write onto a client through ports: the last contact and the purchases.
@Suite struct ClientActivityTests {
    @Test(arguments: ClientsBackend.all)
    func theLastContactOnlyMovesForwardAndDrivesTheEngagedFilterAndItsOrder(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let recent = try await world.create("Recent")
            let old = try await world.create("Old")
            let never = try await world.create("Never")
            let day: TimeInterval = 86_400
            let now = ClientsWorld.epoch.addingTimeInterval(400 * day)
            let moved = try await world.database.write { connection in
                let repository = ClientRepository(connection)
                return [
                    try repository.recordContact(recent.id, at: now.addingTimeInterval(-10 * day), in: world.scopeA),
                    try repository.recordContact(recent.id, at: now.addingTimeInterval(-20 * day), in: world.scopeA),
                    try repository.recordContact(old.id, at: now.addingTimeInterval(-380 * day), in: world.scopeA),
                    try repository.recordContact(old.id, at: now, in: world.scopeB),
                ]
            }
            #expect(moved == [true, false, true, false])
            var filter = ClientFilter()
            filter.engaged = true
            filter.engagedSince = now.addingTimeInterval(-365 * day)
            let query = filter
            let engaged = try await world.database.read { try ClientRepository($0).list(ClientListQuery(filter: query), in: world.scopeA) }
            #expect(engaged.clients.map(\.id) == [recent.id])
            #expect(engaged.clients.first?.lastContactAt == now.addingTimeInterval(-10 * day))
            filter.engaged = false
            let disengagedQuery = filter
            let disengaged = try await world.database.read { try ClientRepository($0).list(ClientListQuery(filter: disengagedQuery), in: world.scopeA) }
            #expect(Set(disengaged.clients.map(\.id)) == [old.id, never.id])
            let byContact = try await world.database.read {
                try ClientRepository($0).list(ClientListQuery(order: ClientOrder(.lastContactAt, descending: true)), in: world.scopeA)
            }
            #expect(byContact.clients.map(\.id) == [recent.id, old.id, never.id])
        }
    }

    @Test(arguments: ClientsBackend.all)
    func purchasesRecomputeTheSegmentAndOrderTheList(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let big = try await world.create("Big")
            let small = try await world.create("Small")
            let segments = try await world.database.write { connection in
                let repository = ClientRepository(connection)
                return [
                    try repository.recordPurchases(big.id, completed: 21, lifetimeValue: 900_000, lastPurchaseAt: nil, thresholds: .default, in: world.scopeA),
                    try repository.recordPurchases(small.id, completed: 5, lifetimeValue: 10_000, lastPurchaseAt: nil, thresholds: .default, in: world.scopeA),
                    try repository.recordPurchases(small.id, completed: 50, lifetimeValue: 1, lastPurchaseAt: nil, thresholds: .default, in: world.scopeB),
                ]
            }
            #expect(segments == [.premium, .regular, nil])
            var filter = ClientFilter()
            filter.segments = [.premium]
            let query = filter
            let premium = try await world.database.read { try ClientRepository($0).list(ClientListQuery(filter: query), in: world.scopeA) }
            #expect(premium.clients.map(\.id) == [big.id])
            #expect(premium.clients.first?.totalPurchases == 21 && premium.clients.first?.lifetimeValue == 900_000)
            let byValue = try await world.database.read {
                try ClientRepository($0).list(ClientListQuery(order: ClientOrder(.lifetimeValue)), in: world.scopeA)
            }
            #expect(byValue.clients.map(\.id) == [small.id, big.id])
        }
    }
}
