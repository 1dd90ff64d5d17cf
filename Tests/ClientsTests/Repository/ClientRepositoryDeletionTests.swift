import Clients
import Foundation
import Storage
import Tenancy
import Testing

/// Soft delete, restore, purge with its tombstone and participants, and events surviving a purge.
@Suite struct ClientRepositoryDeletionTests {
    /// A participant that records what it was asked to erase, and can fail to prove atomicity.
    final class RecordingParticipant: ClientPurgeParticipant {
        let fails: Bool
        init(fails: Bool) { self.fails = fails }
        func purgeRecords(of client: ClientID, organization: OrganizationID, on connection: any SQLConnection) throws {
            if fails { throw StorageError(.invalidArgument, "participant refused") }
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aDeletedClientIsHiddenFreesItsEmailAndOnlyASuperAdminSeesIt(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let gone = try await world.create("Gone", email: "reuse@example.com")
            let deleted = try await world.database.write { try ClientRepository($0).delete(gone.id, at: ClientsWorld.epoch, in: world.scopeA) }
            #expect(deleted.deletedAt == ClientsWorld.epoch)
            let (forAdmin, forSuper) = try await world.database.read { connection in
                (try ClientRepository(connection).client(gone.id, in: world.scopeA), try ClientRepository(connection).client(gone.id, in: world.superAdmin))
            }
            #expect(forAdmin == nil)
            #expect(forSuper?.deletedAt == ClientsWorld.epoch)
            // The email is free again while the client is deleted…
            let successor = try await world.create("Successor", email: "reuse@example.com")
            // …so restoring it now is a duplicate naming the new holder.
            await #expect(throws: ClientRepositoryError.duplicateEmail(holder: successor.refid)) {
                try await world.database.write { try ClientRepository($0).restore(gone.id, at: ClientsWorld.epoch, in: world.superAdmin) }
            }
            _ = try await world.database.write { try ClientRepository($0).delete(successor.id, at: ClientsWorld.epoch, in: world.scopeA) }
            let restored = try await world.database.write { try ClientRepository($0).restore(gone.id, at: ClientsWorld.epoch, in: world.superAdmin) }
            #expect(restored.deletedAt == nil)
            let visible = try await world.database.read { try ClientRepository($0).client(gone.id, in: world.scopeA) }
            #expect(visible?.id == gone.id)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aScopeWithoutDeletedRowsCannotRestore(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let gone = try await world.create("Gone")
            _ = try await world.database.write { try ClientRepository($0).delete(gone.id, at: ClientsWorld.epoch, in: world.scopeA) }
            await #expect(throws: ClientRepositoryError.notFound(gone.id)) {
                try await world.database.write { try ClientRepository($0).restore(gone.id, at: ClientsWorld.epoch, in: world.scopeA) }
            }
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aPurgeErasesTheClientAndItsHistoryKeepsItsEventsUnlinkedAndLeavesATombstone(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let client = try await world.create("Erase me", email: "erase@example.com")
            let event = Event(organization: world.a.id, client: client.id, name: "Wedding", createdAt: ClientsWorld.epoch)
            try await world.database.write { connection in
                try EventRepository(connection).create(event, in: world.scopeA)
                _ = try ClientRepository(connection).transition(client.id, to: .active, reason: nil, by: nil, at: ClientsWorld.epoch, in: world.scopeA)
            }
            let linked = try await world.database.read { try EventRepository($0).events(ofClients: [client.id], in: world.scopeA) }
            #expect(linked[client.id]?.map(\.id) == [event.id])
            let tombstone = try await world.database.write { connection in
                try ClientRepository(connection).purge(
                    client.id, by: world.adminA.id, at: ClientsWorld.epoch, participants: [RecordingParticipant(fails: false)], in: world.superAdmin)
            }
            #expect(tombstone.refid == client.refid)
            let after = try await world.database.read { connection in
                let repository = ClientRepository(connection)
                return (
                    client: try repository.client(client.id, in: world.superAdmin),
                    history: try connection.scalar("SELECT count(*) FROM status_changes WHERE client_id = \(client.id)", as: Int.self),
                    event: try EventRepository(connection).event(event.id, in: world.scopeA),
                    tombstone: try repository.tombstone(refid: client.refid, in: world.scopeA),
                    otherOrganization: try repository.tombstone(refid: client.refid, in: world.scopeB))
            }
            #expect(after.client == nil)
            #expect(after.history == 0)
            #expect(after.event?.client == nil)
            #expect(after.event?.name == "Wedding")
            #expect(after.tombstone == tombstone)
            #expect(after.otherOrganization == nil)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aFailingParticipantLeavesTheClientWhole(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let client = try await world.create("Keep me")
            await #expect(throws: StorageError.self) {
                try await world.database.write { connection in
                    try ClientRepository(connection).purge(
                        client.id, by: nil, at: ClientsWorld.epoch, participants: [RecordingParticipant(fails: true)], in: world.superAdmin)
                }
            }
            let (stored, tombstone) = try await world.database.read { connection in
                (try ClientRepository(connection).client(client.id, in: world.scopeA),
                 try ClientRepository(connection).tombstone(refid: client.refid, in: world.superAdmin))
            }
            #expect(stored == client)
            #expect(tombstone == nil)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func eventsLinkOnlyToClientsInScopeAndFollowTheClientsConfinement(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let mine = try await world.create("Mine", reseller: world.resellerA)
            let theirs = try await world.create("Theirs", in: world.b)
            let event = Event(organization: world.a.id, name: "Harvest", createdAt: ClientsWorld.epoch)
            try await world.database.write { try EventRepository($0).create(event, in: world.scopeA) }
            await #expect(throws: ClientRepositoryError.notFound(theirs.id)) {
                try await world.database.write { try EventRepository($0).link(event.id, to: theirs.id, in: world.scopeA) }
            }
            let hiddenBefore = try await world.database.read { try EventRepository($0).event(event.id, in: world.resellerScopeA) }
            #expect(hiddenBefore == nil)
            let linked = try await world.database.write { try EventRepository($0).link(event.id, to: mine.id, in: world.scopeA) }
            #expect(linked)
            let (forReseller, forOtherOrganization) = try await world.database.read { connection in
                (try EventRepository(connection).event(event.id, in: world.resellerScopeA), try EventRepository(connection).event(event.id, in: world.scopeB))
            }
            #expect(forReseller?.client == mine.id)
            #expect(forOtherOrganization == nil)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func anEventUpdatesInScopeAndRefusesAPeriodThatEndsBeforeItStarts(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            var event = Event(organization: world.a.id, name: "Fair", createdAt: ClientsWorld.epoch)
            let created = event
            try await world.database.write { try EventRepository($0).create(created, in: world.scopeA) }
            event.status = .confirmed
            event.startsAt = ClientsWorld.epoch
            event.endsAt = ClientsWorld.epoch.addingTimeInterval(3_600)
            let confirmed = event
            let (elsewhere, here) = try await world.database.write { connection in
                (try EventRepository(connection).update(confirmed, in: world.scopeB), try EventRepository(connection).update(confirmed, in: world.scopeA))
            }
            #expect(!elsewhere && here)
            let stored = try await world.database.read { try EventRepository($0).event(confirmed.id, in: world.scopeA) }
            #expect(stored == confirmed)
            event.endsAt = ClientsWorld.epoch.addingTimeInterval(-60)
            let backwards = event
            await #expect(throws: StorageError.self) {
                try await world.database.write { try EventRepository($0).update(backwards, in: world.scopeA) }
            }
        }
    }
}
