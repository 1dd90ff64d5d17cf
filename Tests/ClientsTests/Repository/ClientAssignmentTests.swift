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
}
