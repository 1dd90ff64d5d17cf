import Clients
import Foundation
import Storage
import Tenancy
import Testing

@Suite struct ClientRepositoryTests {
    @Test(arguments: ClientsBackend.all)
    func createsAClientWithARefidOfTheOrganizationsPrefixAndReadsItBackByIdAndRefid(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let created = try await world.create("Gómez Ltda", email: "Ventas@Gomez.cl", taxID: "12.345.678-5")
            #expect(created.refid.value.hasPrefix("CL-"))
            #expect(created.refid.code.count == RefID.codeLength)
            let (byID, byRefid) = try await world.database.read { connection in
                let repository = ClientRepository(connection)
                return (try repository.client(created.id, in: world.scopeA), try repository.client(refid: created.refid, in: world.scopeA))
            }
            #expect(byID == created)
            #expect(byRefid == created)
            #expect(byID?.draft.email?.value == "ventas@gomez.cl")
            #expect(byID?.draft.taxId?.value == "12345678-5")
            #expect(byID?.draft.status == .prospect)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aClientOfAnotherOrganizationOrResellerOrClientIsAbsent(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let plain = try await world.create("Plain")
            let resold = try await world.create("Resold", reseller: world.resellerA)
            let own = world.clientScope(plain.id, organization: world.a.id)
            let seen = try await world.database.read { connection in
                let repository = ClientRepository(connection)
                return [
                    try repository.client(plain.id, in: world.scopeB) == nil,
                    try repository.client(refid: plain.refid, in: world.scopeB) == nil,
                    try repository.client(plain.id, in: world.platformStaff) == plain,
                    try repository.client(plain.id, in: world.resellerScopeA) == nil,
                    try repository.client(resold.id, in: world.resellerScopeA) == resold,
                    try repository.client(plain.id, in: own) == plain,
                    try repository.client(resold.id, in: own) == nil,
                    try repository.clients([plain.id, resold.id], in: world.scopeB).isEmpty,
                ]
            }
            #expect(seen == Array(repeating: true, count: 8))
            await #expect(throws: ClientRepositoryError.notFound(plain.id)) {
                try await world.database.write { connection in
                    try ClientRepository(connection).transition(plain.id, to: .active, reason: nil, by: nil, at: ClientsWorld.epoch, in: world.scopeB)
                }
            }
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aResellersNewClientBecomesItsOwn(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let created = try await world.create("Via ally", reseller: nil, scope: world.resellerScopeA)
            #expect(created.resellerID == world.resellerA)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aTakenEmailIsADuplicateNamingTheHolderWhenTheCallerSeesIt(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let holder = try await world.create("First", email: "same@example.com")
            await #expect(throws: ClientRepositoryError.duplicateEmail(holder: holder.refid)) {
                try await world.create("Second", email: "SAME@example.com")
            }
            // A reseller cannot see the holder: the value is taken, but by whom stays unsaid.
            await #expect(throws: ClientRepositoryError.duplicateEmail(holder: nil)) {
                try await world.create("Third", email: "same@example.com", scope: world.resellerScopeA)
            }
            // Another organization may use the same email; so may clients without one.
            try await world.create("Elsewhere", email: "same@example.com", in: world.b)
            try await world.create("No email 1")
            try await world.create("No email 2")
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aTakenTaxIDIsADuplicateButAGenericRFCNeverIs(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let holder = try await world.create("First", taxID: "12345678-5")
            await #expect(throws: ClientRepositoryError.duplicateTaxID(holder: holder.refid)) {
                try await world.create("Second", taxID: "12.345.678-5")
            }
            try await world.create("Generic 1", taxID: "XAXX010101000", in: world.b)
            try await world.create("Generic 2", taxID: "XAXX010101000", in: world.b)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func twoRacingCreatesWithOneEmailLetExactlyOneWin(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let outcomes = await withTaskGroup(of: Result<Client, any Error>.self) { group in
                for index in 0..<2 {
                    group.addTask {
                        do { return .success(try await world.create("Racer \(index)", email: "race@example.com")) }
                        catch { return .failure(error) }
                    }
                }
                var all: [Result<Client, any Error>] = []
                for await outcome in group { all.append(outcome) }
                return all
            }
            let winners = outcomes.compactMap { try? $0.get() }
            #expect(winners.count == 1)
            let losses = outcomes.compactMap { outcome -> ClientRepositoryError? in
                if case .failure(let error) = outcome { return error as? ClientRepositoryError }
                return nil
            }
            #expect(losses == [.duplicateEmail(holder: winners.first?.refid)])
        }
    }

    @Test(arguments: ClientsBackend.all)
    func anUpdateRecordsWhoChangedWhichFieldsFromWhatToWhat(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let created = try await world.create("Old name", email: "old@example.com")
            let later = ClientsWorld.epoch.addingTimeInterval(60)
            var draft = created.draft
            draft.name = "New name"
            draft.email = try EmailAddress("new@example.com")
            draft.notes = "met at the fair"
            let changed = draft
            let (updated, changes) = try await world.database.write { connection in
                try ClientRepository(connection).update(created.id, to: changed, by: world.memberA.id, at: later, in: world.scopeA)
            }
            #expect(updated.draft.name == "New name")
            #expect(updated.updatedAt == later)
            #expect(Set(changes.map(\.field)) == ["name", "email", "notes"])
            #expect(changes.first { $0.field == "email" }.map { [$0.from, $0.to] } == ["old@example.com", "new@example.com"])
            let (stored, recorded) = try await world.database.read { connection in
                let repository = ClientRepository(connection)
                return (try repository.client(created.id, in: world.scopeA), try repository.changes(of: [created.id], in: world.scopeA))
            }
            #expect(stored == updated)
            #expect(recorded[created.id]?.count == 3)
            // The changes of one update read back in the order they were recorded, every time.
            #expect(recorded[created.id]?.map(\.field) == ["name", "email", "notes"])
            #expect(recorded[created.id]?.allSatisfy { $0.by == world.memberA.id && $0.at == later } == true)
            let unchanged = try await world.database.write { connection in
                try ClientRepository(connection).update(created.id, to: changed, by: world.memberA.id, at: later, in: world.scopeA)
            }
            #expect(unchanged.changes.isEmpty)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func anUpdateToATakenEmailIsADuplicateAndChangesNothing(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let holder = try await world.create("Holder", email: "taken@example.com")
            let other = try await world.create("Other", email: "free@example.com")
            var draft = other.draft
            draft.email = try EmailAddress("taken@example.com")
            let changed = draft
            await #expect(throws: ClientRepositoryError.duplicateEmail(holder: holder.refid)) {
                try await world.database.write { connection in
                    try ClientRepository(connection).update(other.id, to: changed, by: nil, at: ClientsWorld.epoch, in: world.scopeA)
                }
            }
            let stored = try await world.database.read { try ClientRepository($0).client(other.id, in: world.scopeA) }
            #expect(stored?.draft.email?.value == "free@example.com")
            let changes = try await world.database.read { try ClientRepository($0).changes(of: [other.id], in: world.scopeA) }
            #expect(changes.isEmpty)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aTransitionFollowsTheLifecycleAndAppendsAStatusChange(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let created = try await world.create("Moving")
            let at = ClientsWorld.epoch.addingTimeInterval(5)
            let (moved, change) = try await world.database.write { connection in
                try ClientRepository(connection).transition(created.id, to: .active, reason: "signed", by: world.adminA.id, at: at, in: world.scopeA)
            }
            #expect(moved.draft.status == .active)
            #expect(change.from == .prospect && change.to == .active && change.reason == "signed" && change.by == world.adminA.id)
            await #expect(throws: ClientRepositoryError.self) {
                try await world.database.write { connection in
                    try ClientRepository(connection).transition(created.id, to: .pending, reason: nil, by: nil, at: at, in: world.scopeA)
                }
            }
            do {
                _ = try await world.database.write { connection in
                    try ClientRepository(connection).transition(created.id, to: .prospect, reason: nil, by: nil, at: at, in: world.scopeA)
                }
                Issue.record("ACTIVE → PROSPECT was allowed")
            } catch let ClientRepositoryError.transitionDenied(error) {
                #expect(error.from == .active && error.to == .prospect && error.allowed == [.completed, .suspended, .inactive])
            }
            let history = try await world.database.read { try ClientRepository($0).statusHistory(of: [created.id], in: world.scopeA) }
            #expect(history[created.id] == [change])
            let stored = try await world.database.read { try ClientRepository($0).client(created.id, in: world.scopeA) }
            #expect(stored?.draft.status == .active)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func twoRacingTransitionsFromOneStatusLetExactlyOneApply(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let client = try await world.create("Contested")
            _ = try await world.database.write { connection in
                try ClientRepository(connection).transition(client.id, to: .active, reason: nil, by: nil, at: ClientsWorld.epoch, in: world.scopeA)
            }
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for target in [ClientStatus.suspended, .completed] {
                    group.addTask {
                        (try? await world.database.write { connection in
                            try ClientRepository(connection).transition(client.id, to: target, reason: nil, by: nil, at: ClientsWorld.epoch, in: world.scopeA)
                        }) != nil
                    }
                }
                var applied: [Bool] = []
                for await outcome in group { applied.append(outcome) }
                return applied
            }
            #expect(outcomes.filter { $0 }.count == 1)
            let (history, stored) = try await world.database.read { connection in
                (try ClientRepository(connection).statusHistory(of: [client.id], in: world.scopeA),
                 try ClientRepository(connection).client(client.id, in: world.scopeA))
            }
            #expect(history[client.id]?.count == 2)
            #expect(history[client.id]?.last?.to == stored?.draft.status)
        }
    }
}
