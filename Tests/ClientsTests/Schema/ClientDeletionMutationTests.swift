import Clients
import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// `deleteClient`, `restoreClient`, `purgeClient` through the schema: SUPER_ADMIN only, the
/// soft delete freeing the email, a restore refused once the email was taken, and a purge that
/// erases the history, calls every participant inside its transaction (a failing one rolls it
/// all back), keeps the events with no client and leaves a tombstone.
@Suite struct ClientDeletionMutationTests {
    static let delete = "mutation($id: ID!) { deleteClient(id: $id) { id deletedAt } }"
    static let restore = "mutation($id: ID!) { restoreClient(id: $id) { id deletedAt email } }"
    static let purge = "mutation($id: ID!) { purgeClient(id: $id) { refid purgedAt purgedBy { id } } }"
    static let create = "mutation($input: CreateClientInput!) { createClient(input: $input) { id } }"

    static func id(_ client: Client) -> [String: Value] { ["id": .string(client.id.rawValue)] }

    @Test(arguments: ClientsBackend.all)
    func aDeletedClientIsHiddenAndItsEmailIsFreeUntilARestoreFindsItTaken(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let client = world.a.standalone
            let email = try #require(client.draft.email?.value)
            let deleted = await world.run(Self.delete, as: world.superAdmin, variables: Self.id(client))
            #expect(deleted.errors.isEmpty, "\(deleted.json)")
            #expect(deleted.value("deleteClient", "deletedAt") == .string(Timestamp.format(ClientsSchemaWorld.epoch)))
            let lookup = await world.run("query($id: ID!) { client(id: $id) { id } }", as: world.a.admin, variables: Self.id(client))
            #expect(lookup.value("client") == .null)
            let again = await world.run(Self.delete, as: world.superAdmin, variables: Self.id(client))
            #expect(again.value("deleteClient", "id") == .string(client.id.rawValue), "deleting twice changes nothing")

            let taker = await world.run(Self.create, as: world.a.admin, variables: ["input": ["name": "New José", "email": .string(email)]])
            #expect(taker.errors.isEmpty, "the deleted client's email is free")
            let before = try await world.footprint()
            let refused = await world.run(Self.restore, as: world.superAdmin, variables: Self.id(client))
            #expect(refused.errorCode == "DUPLICATE_EMAIL")
            #expect(refused.errorField == "email")
            #expect(try await world.footprint() == before)
            let storedNow = try await world.stored(client.id)
            #expect(storedNow?.deletedAt != nil)

            let takerID = try #require(taker.string("createClient", "id").flatMap(ClientID.init(parsing:)))
            _ = await world.run("mutation($id: ID!) { deleteClient(id: $id) { id } }", as: world.superAdmin, variables: ["id": .string(takerID.rawValue)])
            let restored = await world.run(Self.restore, as: world.superAdmin, variables: Self.id(client))
            #expect(restored.errors.isEmpty, "\(restored.json)")
            #expect(restored.value("restoreClient", "deletedAt") == .null)
            #expect(restored.value("restoreClient", "email") == .string(email))
            let visible = await world.run("query($id: ID!) { client(id: $id) { id } }", as: world.a.admin, variables: Self.id(client))
            #expect(visible.value("client", "id") == .string(client.id.rawValue))
        }
    }

    @Test(arguments: ClientsBackend.all)
    func onlyASuperAdminDeletesRestoresOrPurges(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let before = try await world.footprint()
            let never = await world.run(Self.delete, as: world.a.admin, variables: ["id": .string(ClientID.generate().rawValue)])
            #expect(never.errorCode == "NOT_FOUND")
            for mutation in [Self.delete, Self.restore, Self.purge] {
                for role in [Role.platformAdmin, .orgOwner, .orgAdmin, .orgMember, .client] {
                    let response = await world.run(mutation, as: world.caller(role), variables: Self.id(world.a.portal))
                    #expect(response.errorCode == "FORBIDDEN", "\(role): \(response.json)")
                }
                let reseller = await world.run(mutation, as: world.a.reseller, variables: Self.id(world.a.resold))
                #expect(reseller.errorCode == "FORBIDDEN")
                let otherTenant = await world.run(mutation, as: world.a.owner, variables: Self.id(world.b.portal))
                let unknown = await world.run(mutation, as: world.a.owner, variables: ["id": .string(ClientID.generate().rawValue)])
                #expect(otherTenant.errorCode == "NOT_FOUND")
                #expect(otherTenant.json == unknown.json)
            }
            #expect(try await world.footprint() == before)
            _ = await world.run(Self.delete, as: world.superAdmin, variables: Self.id(world.a.portal))
            let deletedForAdmin = await world.run(Self.restore, as: world.a.admin, variables: Self.id(world.a.portal))
            let unknown = await world.run(Self.restore, as: world.a.admin, variables: ["id": .string(ClientID.generate().rawValue)])
            #expect(deletedForAdmin.json == unknown.json, "a deleted client does not exist for an ORG_ADMIN")
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aPurgeErasesTheHistoryCallsTheParticipantsAndKeepsTheEventsWithNoClient(_ backend: ClientsBackend) async throws {
        let participants = [RecordingPurgeParticipant(), RecordingPurgeParticipant()]
        try await backend.withMutationWorld(purgeParticipants: participants) { world in
            let client = world.a.standalone
            let event = try #require(world.a.events[client.id])
            _ = await world.run(
                "mutation($id: ID!) { updateClient(id: $id, input: {notes: \"x\"}) { id } }", as: world.a.admin, variables: Self.id(client))
            let counted1 = try await world.count("SELECT count(*) FROM client_changes WHERE client_id = \(client.id)")
            #expect(counted1 == 1)
            let at = ClientsSchemaWorld.epoch.addingTimeInterval(86_400)
            let response = await world.run(Self.purge, as: world.superAdmin, variables: Self.id(client), now: at)
            #expect(response.errors.isEmpty, "\(response.json)")
            #expect(response.value("purgeClient", "refid") == .string(client.refid.value))
            #expect(response.value("purgeClient", "purgedAt") == .string(Timestamp.format(at)))
            #expect(response.value("purgeClient", "purgedBy", "id") == .string(world.superAdmin.id.rawValue))
            for participant in participants {
                #expect(participant.calls == [.init(client: client.id, organization: world.a.organization.id, sawClientRow: true)])
            }
            let storedNow = try await world.stored(client.id)
            #expect(storedNow == nil)
            let counted2 = try await world.count("SELECT count(*) FROM status_changes WHERE client_id = \(client.id)")
            #expect(counted2 == 0)
            let counted3 = try await world.count("SELECT count(*) FROM client_changes WHERE client_id = \(client.id)")
            #expect(counted3 == 0)
            let counted4 = try await world.count("SELECT count(*) FROM client_tombstones WHERE refid = \(client.refid)")
            #expect(counted4 == 1)
            let survivor = await world.run("query($id: ID!) { event(id: $id) { id client { id } } }", as: world.a.admin, variables: [
                "id": .string(event.id),
            ])
            #expect(survivor.value("event", "id") == .string(event.id))
            #expect(survivor.value("event", "client") == .null)
            let gone = await world.run(Self.purge, as: world.superAdmin, variables: Self.id(client))
            #expect(gone.errorCode == "NOT_FOUND")
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aFailingParticipantRollsThePurgeBackEntirely(_ backend: ClientsBackend) async throws {
        let first = RecordingPurgeParticipant()
        let failing = RecordingPurgeParticipant(fails: true)
        try await backend.withMutationWorld(purgeParticipants: [first, failing]) { world in
            let client = world.a.standalone
            let before = try await world.footprint()
            let response = await world.run(Self.purge, as: world.superAdmin, variables: Self.id(client))
            #expect(response.errorCode == "INTERNAL_SERVER_ERROR")
            #expect(response.json.contains("participant refused") == false, "the real text is logged, not shown")
            #expect(first.calls.count == 1)
            #expect(failing.calls.count == 1)
            #expect(try await world.footprint() == before)
            let storedNow = try await world.stored(client.id)
            #expect(storedNow == client)
            let counted5 = try await world.count("SELECT count(*) FROM events WHERE client_id = \(client.id)")
            #expect(counted5 == 1)
        }
    }
}
