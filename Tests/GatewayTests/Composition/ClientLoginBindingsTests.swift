import Clients
import Foundation
import Gateway
import GraphQL
import Storage
import Tenancy
import Testing

/// Tenancy's LoginBindings port: a CLIENT login binds only to a live client of its own
/// organization; no reseller exists until the Resellers module lands.
@Suite struct ClientLoginBindingsTests {
    @Test(arguments: GatewayBackend.all)
    func aClientLoginBindsOnlyToALiveClientOfItsOrganization(_ backend: GatewayBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await CompositionWorld.make(database)
            let live = try await world.client("Boda Ramírez")
            let deleted = try await world.client("XV Años Pérez")
            let foreign = try await world.client("Taller Sur Cliente", in: world.sur)
            _ = try await database.write { try ClientRepository($0).delete(deleted.id, at: CompositionWorld.epoch, in: .unrestricted) }
            let bindings = ClientelaSchema.tenancyPorts.loginBindings
            let answers = try await database.read { connection in
                try [live.id, deleted.id, foreign.id, ClientID.generate()].map {
                    try bindings.clientExists($0, in: world.luna.id, connection: connection)
                }
            }
            #expect(answers == [true, false, false, false])
            let reseller = try await database.read { try bindings.resellerExists(.generate(), in: world.luna.id, connection: $0) }
            #expect(reseller == false)
        }
    }

    @Test(arguments: GatewayBackend.all)
    func createUserBindsAClientLoginThroughTheComposedSchema(_ backend: GatewayBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await CompositionWorld.make(database)
            let live = try await world.client("Boda Ramírez")
            let foreign = try await world.client("Taller Sur Cliente", in: world.sur)
            func createLogin(_ email: String, client: ClientID) async -> GraphQLResponse {
                await world.execute("""
                    mutation { createUser(input: {firstName: "Lucía", lastName: "Ramírez", email: "\(email)", role: CLIENT,
                      clientId: "\(client)"}) { role } }
                    """, as: world.owner)
            }
            let bound = await createLogin("lucia@example.mx", client: live.id)
            #expect(bound.errors.isEmpty, "\(bound.errors)")
            #expect(bound.data == ["createUser": ["role": "CLIENT"]])
            let refused = await createLogin("otra@example.mx", client: foreign.id)
            #expect(refused.errors.map(\.code) == [.badUserInput])
            let stored = try await database.read { try UserRepository($0).user(email: "otra@example.mx", in: .unrestricted) }
            #expect(stored == nil)
        }
    }
}
