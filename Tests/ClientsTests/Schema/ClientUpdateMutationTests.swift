import Clients
import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// `updateClient` through the schema: omitted, null and given fields, the metadata merge patch,
/// the change records (who, newest first), refusals that leave nothing behind, and who may.
@Suite struct ClientUpdateMutationTests {
    static let update = """
        mutation($id: ID!, $input: UpdateClientInput!) {
          updateClient(id: $id, input: $input) {
            id name email phone notes metadata type taxId address { street region } assignedTo { id } resellerId status
          }
        }
        """
    static let changes = """
        query($id: ID!) { client(id: $id) { changes { field from to by { id } } } }
        """

    static func variables(_ id: ClientID, _ pairs: [(String, Value)]) -> [String: Value] {
        ["id": .string(id.rawValue), "input": .object(OrderedObject(pairs))]
    }

    @Test(arguments: ClientsBackend.all)
    func omittedFieldsStayNullClearsAndMetadataMerges(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let client = world.a.standalone
            let response = await world.run(Self.update, as: world.a.admin, variables: Self.variables(client.id, [
                ("phone", .null), ("notes", "Now prefers email"), ("metadata", ["tier": .null, "vip": true]),
                ("address", ["street": "Calle 2"]),
            ]))
            #expect(response.errors.isEmpty, "\(response.json)")
            #expect(response.value("updateClient", "name") == .string(client.draft.name))
            #expect(response.value("updateClient", "email") == .string(client.draft.email!.value))
            #expect(response.value("updateClient", "phone") == .null)
            #expect(response.value("updateClient", "notes") == "Now prefers email")
            #expect(response.value("updateClient", "metadata") == ["vip": true])
            #expect(response.value("updateClient", "address", "street") == "Calle 2")
            #expect(response.value("updateClient", "address", "region") == .null)
            #expect(response.value("updateClient", "assignedTo", "id") == .string(world.a.member.id.rawValue))
            #expect(response.value("updateClient", "status") == "ACTIVE")
            let stored = try #require(try await world.stored(client.id))
            #expect(stored.draft.phone == nil)
            #expect(stored.draft.metadata.value == ["vip": true])
        }
    }

    @Test(arguments: ClientsBackend.all)
    func everyChangeIsRecordedWithWhoNewestFirst(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let client = world.a.resold
            _ = await world.run(Self.update, as: world.a.admin, variables: Self.variables(client.id, [("name", "Ana María Muñoz")]))
            let later = ClientsSchemaWorld.epoch.addingTimeInterval(3600)
            let second = await world.run(
                Self.update, as: world.a.owner,
                variables: Self.variables(client.id, [
                    ("assignedToId", .string(world.a.member.id.rawValue)), ("resellerId", .null), ("name", "Ana María Muñoz"),
                ]), now: later)
            #expect(second.errors.isEmpty, "\(second.json)")
            #expect(second.value("updateClient", "resellerId") == .null)
            let read = await world.run(Self.changes, as: world.a.admin, variables: ["id": .string(client.id.rawValue)])
            let changes = try #require(read.value("client", "changes")?.listValue)
            let fields = changes.compactMap { $0.objectValue?["field"]?.stringValue }
            #expect(Set(fields.prefix(2)) == ["assignedToId", "resellerId"])
            #expect(fields.last == "name")
            #expect(changes.count == 3)
            let name = try #require(changes.last?.objectValue)
            #expect(name["from"] == "Ana Muñoz")
            #expect(name["to"] == "Ana María Muñoz")
            #expect(name["by"]?.objectValue?["id"] == .string(world.a.admin.id.rawValue))
            let reseller = try #require(changes.first { $0.objectValue?["field"] == "resellerId" }?.objectValue)
            #expect(reseller["from"] == .string(world.a.resellerID.rawValue))
            #expect(reseller["to"] == .null)
            #expect(reseller["by"]?.objectValue?["id"] == .string(world.a.owner.id.rawValue))
        }
    }

    @Test(arguments: ClientsBackend.all)
    func anUpdateThatChangesNothingRecordsNothing(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let client = world.a.standalone
            let before = try await world.footprint()
            let response = await world.run(Self.update, as: world.a.admin, variables: Self.variables(client.id, [
                ("name", .string(client.draft.name)), ("email", .string(client.draft.email!.value.uppercased())),
            ]))
            #expect(response.errors.isEmpty)
            #expect(try await world.footprint() == before)
            let storedNow = try await world.stored(client.id)
            #expect(storedNow?.updatedAt == client.updatedAt)
        }
    }

    static let refusals: [(String, [(String, Value)], String, String)] = [
        ("cleared name", [("name", .null)], "BAD_USER_INPUT", "name"),
        ("cleared type", [("type", .null)], "BAD_USER_INPUT", "type"),
        ("bad phone", [("phone", "call me")], "BAD_USER_INPUT", "phone"),
        ("bad RFC", [("taxId", "XYZ")], "INVALID_TAX_ID", "taxId"),
        ("too deep metadata", [("metadata", ["a": ["b": ["c": ["d": ["e": ["f": 1]]]]]])], "BAD_USER_INPUT", "metadata"),
        ("bad metadata key", [("metadata", ["no spaces": 1])], "BAD_USER_INPUT", "metadata"),
        ("inactive assignee", [("assignedToId", .string(UserID.generate().rawValue))], "BAD_USER_INPUT", "assignedToId"),
        ("unknown reseller", [("resellerId", .string(ResellerID.generate().rawValue))], "INVALID_RESELLER", "resellerId"),
    ]

    @Test(arguments: ClientsBackend.all)
    func everyRefusalNamesItsFieldAndChangesNothing(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let client = world.a.standalone
            let before = try await world.footprint()
            for (label, pairs, code, field) in Self.refusals {
                let response = await world.run(Self.update, as: world.a.admin, variables: Self.variables(client.id, pairs + [("notes", "changed")]))
                #expect(response.errorCode == code, "\(label): \(response.json)")
                #expect(response.errorField == field, "\(label): \(response.json)")
            }
            let taken = await world.run(Self.update, as: world.a.admin, variables: Self.variables(client.id, [
                ("email", .string(world.a.resold.draft.email!.value)), ("notes", "changed"),
            ]))
            #expect(taken.errorCode == "DUPLICATE_EMAIL")
            #expect(taken.onlyError?.extensions["refid"] == .string(world.a.resold.refid.value))
            #expect(try await world.footprint() == before)
            let storedNow = try await world.stored(client.id)
            #expect(storedNow == client)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aClientOutOfScopeIsNotFoundExactlyLikeANeverUsedID(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let input: [(String, Value)] = [("notes", "mine now")]
            let other = await world.run(Self.update, as: world.a.admin, variables: Self.variables(world.b.standalone.id, input))
            let never = await world.run(Self.update, as: world.a.admin, variables: Self.variables(.generate(), input))
            let malformed = await world.run(Self.update, as: world.a.admin, variables: ["id": "nope", "input": .object(OrderedObject(input))])
            #expect(other.errorCode == "NOT_FOUND")
            #expect(other.json == never.json)
            #expect(malformed.json == never.json)
            let resellerOnStaffClient = await world.run(Self.update, as: world.a.reseller, variables: Self.variables(world.a.standalone.id, input))
            #expect(resellerOnStaffClient.json == never.json)
            let storedNow = try await world.stored(world.b.standalone.id)
            #expect(storedNow == world.b.standalone)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func whoMayUpdateFollowsTheOperationsTable(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            for role in [Role.superAdmin, .platformAdmin, .orgOwner, .orgAdmin] {
                let response = await world.run(Self.update, as: world.caller(role), variables: Self.variables(world.a.standalone.id, [
                    ("notes", .string("by \(role)")),
                ]))
                #expect(response.value("updateClient", "notes") == .string("by \(role)"), "\(role): \(response.json)")
            }
            let reseller = await world.run(
                "mutation($id: ID!, $input: UpdateClientInput!) { updateClient(id: $id, input: $input) { phone } }",
                as: world.a.reseller, variables: Self.variables(world.a.resold.id, [("phone", "+56 2 2345 6789")]))
            #expect(reseller.errors.isEmpty, "\(reseller.json)")
            #expect(reseller.value("updateClient", "phone") == "+56223456789")
            let resellerGivesAway = await world.run(Self.update, as: world.a.reseller, variables: Self.variables(world.a.resold.id, [("resellerId", .null)]))
            #expect(resellerGivesAway.errorCode == "FORBIDDEN")
            let before = try await world.footprint()
            let member = await world.run(Self.update, as: world.a.member, variables: Self.variables(world.a.standalone.id, [("notes", "member")]))
            #expect(member.errorCode == "FORBIDDEN")
            let portal = await world.run(Self.update, as: world.a.client, variables: Self.variables(world.a.portal.id, [("name", "Me")]))
            #expect(portal.errorCode == "FORBIDDEN")
            #expect(try await world.footprint() == before)
        }
    }
}
