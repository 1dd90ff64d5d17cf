import Clients
import Foundation
import Gateway
import GraphQL
import Storage
import Tenancy
import Testing

/// Tenancy's ClientAssignments port, answered by the Clients repository: deactivating a user
/// clears the clients assigned to them ("set null"), in the deactivation's transaction.
@Suite struct ClientAssignmentsAdapterTests {
    @Test(arguments: GatewayBackend.all)
    func deactivatingAUserReleasesEveryClientAssignedToThem(_ backend: GatewayBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await CompositionWorld.make(database)
            let kept = try await world.client("Boda Ramírez", assignedTo: world.member.id)
            let deleted = try await world.client("XV Años Pérez", assignedTo: world.member.id)
            let other = try await world.client("Corporativo Nube", assignedTo: world.otherMember.id)
            _ = try await database.write { try ClientRepository($0).delete(deleted.id, at: CompositionWorld.epoch, in: .unrestricted) }

            let response = await world.execute("mutation { deactivateUser(id: \"\(world.member.id)\") { active } }", as: world.owner)
            #expect(response.errors.isEmpty, "\(response.errors)")
            #expect(response.data == ["deactivateUser": ["active": false]])

            #expect(try await world.reload(kept)?.assignedTo == nil)
            #expect(try await world.reload(deleted)?.assignedTo == nil, "a deleted client must not come back assigned")
            #expect(try await world.reload(other)?.assignedTo == world.otherMember.id)
            let changes = try await database.read { try ClientRepository($0).changes(of: [kept.id, other.id], in: .unrestricted) }
            #expect(changes[kept.id]?.map(\.field) == ["assignedTo"])
            #expect(changes[kept.id]?.first?.from == world.member.id.rawValue)
            #expect(changes[kept.id]?.first?.to == nil)
            #expect(changes[other.id] == nil)
        }
    }

    @Test(arguments: GatewayBackend.all)
    func theReleaseStaysInsideTheNamedOrganization(_ backend: GatewayBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await CompositionWorld.make(database)
            let assigned = try await world.client("Boda Ramírez", assignedTo: world.member.id)
            let ports = ClientelaSchema.tenancyPorts
            let elsewhere = try await database.write { connection in
                try ports.clientAssignments.releaseAssignments(of: world.member.id, in: world.sur.id, connection: connection)
            }
            #expect(elsewhere == 0)
            #expect(try await world.reload(assigned)?.assignedTo == world.member.id)
            let released = try await database.write { connection in
                try ports.clientAssignments.releaseAssignments(of: world.member.id, in: world.luna.id, connection: connection)
            }
            #expect(released == 1)
            #expect(try await world.reload(assigned)?.assignedTo == nil)
        }
    }
}
