import Clients
import Foundation
import Storage
import Tenancy
import Testing

/// `importClients`: the bulk path keeps every value, feeds the search index, never reuses a
/// refid, and leaves nothing behind when it fails.
@Suite struct ClientImportTests {
    /// Clients of `world`'s organization A numbered from `start`, each with a distinct email.
    static func clients(_ world: ClientsWorld, _ range: Range<Int>, refid: (Int) -> RefID? = { _ in nil }) throws -> [Client] {
        try range.map { number in
            var draft = ClientDraft(name: "Importado Número\(number) Peña", status: number.isMultiple(of: 2) ? .active : .completed)
            draft.email = try EmailAddress("importado\(number)@example.cl")
            return Client(
                id: .generate(), organization: world.a.id, refid: try refid(number) ?? RefID.generate(prefix: "CL-"), draft: draft,
                segment: .regular, assignedTo: number == 0 ? world.memberA.id : nil, createdBy: world.adminA.id, totalPurchases: 7,
                lifetimeValue: 70_000, lastContactAt: number == 0 ? ClientsWorld.epoch : nil, createdAt: ClientsWorld.epoch,
                updatedAt: ClientsWorld.epoch)
        }
    }

    func importing(_ world: ClientsWorld, _ clients: [Client], scope: AccessScope? = nil) async throws -> [Client] {
        try await world.database.write { connection in
            var generator = SystemRandomNumberGenerator()
            return try ClientRepository(connection).importClients(clients, in: scope ?? world.scopeA, using: &generator)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func importedClientsReadBackAsGivenAndTheSearchFindsThem(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let clients = try Self.clients(world, 0..<1_203)
            let stored = try await importing(world, clients)
            #expect(stored == clients)
            let read = try await world.database.read { try ClientRepository($0).clients(clients.map(\.id), in: world.scopeA) }
            #expect(read.count == clients.count)
            #expect(read[clients[0].id] == clients[0])
            #expect(read[clients[1_202].id] == clients[1_202])
            let page = try await world.database.read { connection in
                try ClientRepository(connection).list(ClientListQuery(search: "numero1202 pena"), in: world.scopeA)
            }
            #expect(page.total == 1 && page.clients.map(\.id) == [clients[1_202].id])
            let common = try await world.database.read { try ClientRepository($0).list(ClientListQuery(search: "PEÑA"), in: world.scopeA) }
            #expect(common.total == 1_203)
            let history = try await world.database.read { try $0.scalar("SELECT count(*) FROM status_changes", as: Int.self) }
            #expect(history == 0, "an imported status is where the client is, not a transition")
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aRefidTakenByALiveOrPurgedClientIsDrawnAgain(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let live = try await world.create("Vivo")
            let purged = try await world.create("Purgado")
            _ = try await world.database.write { try ClientRepository($0).purge(purged.id, by: nil, at: ClientsWorld.epoch, in: world.superAdmin) }
            let taken = [0: live.refid, 1: purged.refid]
            let stored = try await importing(world, try Self.clients(world, 0..<3) { taken[$0] })
            let refids = Set(stored.map(\.refid))
            #expect(refids.count == 3)
            #expect(!refids.contains(live.refid) && !refids.contains(purged.refid))
            let found = try await world.database.read { try ClientRepository($0).clients(stored.map(\.id), in: world.scopeA) }
            #expect(Set(found.values.map(\.refid)) == refids)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aFailedImportLeavesNothingBehind(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            var clients = try Self.clients(world, 0..<700)
            clients[650].draft.email = clients[3].draft.email
            await #expect(throws: StorageError.self) { _ = try await importing(world, clients) }
            await #expect(throws: ClientRepositoryError.notFound(clients[0].id)) {
                _ = try await importing(world, Array(clients.prefix(10)), scope: world.scopeB)
            }
            await #expect(throws: ClientRepositoryError.notFound(clients[0].id)) {
                _ = try await importing(world, Array(clients.prefix(10)), scope: world.resellerScopeA)
            }
            let count = try await world.database.read { try $0.scalar("SELECT count(*) FROM clients", as: Int.self) }
            #expect(count == 0)
        }
    }
}
