import Clients
import Foundation
import Storage
import Tenancy
import Testing

/// `assignedTo`: an active member of the client's own organization.
@Suite struct ClientAssignmentTests {
    @Test(arguments: ClientsBackend.all)
    func aClientIsAssignedOnlyToAnActiveMemberOfItsOrganization(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let client = try await world.create("Assigned")
            func assign(_ user: UserID?) async throws -> Client {
                try await world.database.write { connection in
                    try ClientRepository(connection).update(
                        client.id, to: client.draft, assignedTo: .some(user), by: world.adminA.id, at: ClientsWorld.epoch, in: world.scopeA
                    ).client
                }
            }
            #expect(try await assign(world.memberA.id).assignedTo == world.memberA.id)
            await #expect(throws: ClientRepositoryError.invalidAssignee(world.adminB.id)) { try await assign(world.adminB.id) }
            try await world.database.write { connection in
                _ = try UserRepository(connection).deactivate(world.adminA.id, at: ClientsWorld.epoch, in: .unrestricted)
            }
            await #expect(throws: ClientRepositoryError.invalidAssignee(world.adminA.id)) { try await assign(world.adminA.id) }
            #expect(try await assign(nil).assignedTo == nil)
            let changes = try await world.database.read { try ClientRepository($0).changes(of: [client.id], in: world.scopeA) }
            #expect(changes[client.id]?.map(\.field) == ["assignedToId", "assignedToId"])
            #expect(changes[client.id]?.last?.from == world.memberA.id.rawValue)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func releasingAUserClearsTheirAssignmentsInScopeAndRecordsEach(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let first = try await world.create("Primero")
            let second = try await world.create("Segundo")
            let untouched = try await world.create("Tercero")
            let later = ClientsWorld.epoch.addingTimeInterval(60)
            try await world.database.write { connection in
                let clients = ClientRepository(connection)
                for client in [first, second] {
                    _ = try clients.update(client.id, to: client.draft, assignedTo: .some(world.memberA.id), by: world.adminA.id, at: ClientsWorld.epoch, in: world.scopeA)
                }
                _ = try clients.update(untouched.id, to: untouched.draft, assignedTo: .some(world.adminA.id), by: world.adminA.id, at: ClientsWorld.epoch, in: world.scopeA)
                _ = try clients.delete(second.id, at: ClientsWorld.epoch, in: world.scopeA)
            }
            // Another organization's scope reaches none of them.
            let outside = try await world.database.write { connection in
                try ClientRepository(connection).releaseAssignments(of: world.memberA.id, organization: world.a.id, at: later, in: world.scopeB)
            }
            #expect(outside == 0)
            let released = try await world.database.write { connection in
                try ClientRepository(connection).releaseAssignments(
                    of: world.memberA.id, organization: world.a.id, by: world.adminA.id, at: later, in: world.scopeA)
            }
            #expect(released == 2)
            let stored = try await world.database.read { try ClientRepository($0).clients([first.id, second.id, untouched.id], in: world.superAdmin) }
            #expect(stored[first.id]?.assignedTo == nil)
            #expect(stored[first.id]?.updatedAt == later)
            #expect(stored[second.id]?.assignedTo == nil)
            #expect(stored[untouched.id]?.assignedTo == world.adminA.id)
            let changes = try await world.database.read { try ClientRepository($0).changes(of: [first.id], in: world.scopeA) }
            #expect(changes[first.id]?.last == ClientChange(
                client: first.id, field: "assignedTo", from: world.memberA.id.rawValue, to: nil, at: later, by: world.adminA.id))
        }
    }
}
