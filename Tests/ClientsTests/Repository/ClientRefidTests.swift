import Clients
import Foundation
import Storage
import Tenancy
import Testing

/// Refids are retried on a collision with a live client and never reused after a purge.
@Suite struct ClientRefidTests {
    /// Yields the given numbers in turn, then keeps counting up from the last.
    struct ScriptedGenerator: RandomNumberGenerator {
        var script: [UInt64]
        var position = 0
        mutating func next() -> UInt64 {
            defer { position += 1 }
            return position < script.count ? script[position] : script[script.count - 1] &+ UInt64(position)
        }
    }

    func create(_ world: ClientsWorld, _ name: String, script: [UInt64]) async throws -> Client {
        try await world.database.write { connection in
            var generator = ScriptedGenerator(script: script)
            return try ClientRepository(connection).create(
                ClientDraft(name: name), organization: world.a.id, refidPrefix: "CL-", createdBy: nil, at: ClientsWorld.epoch,
                in: world.scopeA, using: &generator)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aCollidingRefidIsRetriedWithAFreshOne(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let first = try await create(world, "First", script: [7])
            let second = try await create(world, "Second", script: [7, 8])
            #expect(first.refid != second.refid)
            var replay = ScriptedGenerator(script: [8])
            #expect(second.refid == (try RefID.generate(prefix: "CL-", using: &replay)))
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aPurgedClientsRefidIsNeverReused(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let purged = try await create(world, "Purged", script: [42])
            _ = try await world.database.write { connection in
                try ClientRepository(connection).purge(purged.id, by: nil, at: ClientsWorld.epoch, in: world.superAdmin)
            }
            let next = try await create(world, "Next", script: [42, 43])
            #expect(next.refid != purged.refid)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aGeneratorThatAlwaysCollidesIsReportedNotLoopedOn(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            _ = try await create(world, "Holder", script: [5])
            struct Stuck: RandomNumberGenerator { mutating func next() -> UInt64 { 5 } }
            await #expect(throws: ClientRepositoryError.refidExhausted(attempts: 8)) {
                try await world.database.write { connection in
                    var generator = Stuck()
                    return try ClientRepository(connection).create(
                        ClientDraft(name: "Unlucky"), organization: world.a.id, refidPrefix: "CL-", createdBy: nil,
                        at: ClientsWorld.epoch, in: world.scopeA, using: &generator)
                }
            }
        }
    }
}
