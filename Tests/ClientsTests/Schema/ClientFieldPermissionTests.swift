import Clients
import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// access.md's per-field rules on `Client`, enforced by the engine from the `@allow` lists of
/// clients.graphql: a refused field is null with FORBIDDEN at its own path, the rest is there.
@Suite struct ClientFieldPermissionTests {
    static let restricted = [
        "lifetimeValue", "taxId", "businessName", "billingAddress", "notes", "metadata", "deletedAt", "statusHistory", "changes",
    ]

    /// Who may read each restricted field of a client the caller can see (the caller's own
    /// client for RESELLER and CLIENT logins).
    static func allowed(_ role: Role) -> Set<String> {
        switch role {
        case .superAdmin: Set(restricted)
        case .platformAdmin, .orgOwner, .orgAdmin:
            ["lifetimeValue", "taxId", "businessName", "billingAddress", "notes", "metadata", "statusHistory", "changes"]
        case .orgMember: ["notes", "metadata", "statusHistory", "changes"]
        case .reseller: ["lifetimeValue", "taxId", "businessName", "billingAddress"]
        case .client: ["taxId", "businessName", "billingAddress"]
        }
    }

    @Test(arguments: ClientsBackend.all, Role.allCases)
    func eachRestrictedFieldIsReadOnlyByItsRoles(_ backend: ClientsBackend, role: Role) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            let target: Client = switch role {
            case .reseller: world.a.resold
            case .client: world.a.portal
            default: world.a.standalone
            }
            let selection = "id lifetimeValue taxId businessName billingAddress notes metadata deletedAt statusHistory { id } changes { field }"
            let response = await world.run(
                "query($id: ID!) { client(id: $id) { \(selection) } }", as: world.caller(role), variables: ["id": .string(target.id.rawValue)])
            let client = try #require(response.data?["client"]?.objectValue, "\(role): \(response.errors)")
            #expect(client["id"] == .string(target.id.rawValue))
            let forbidden = Set(response.errors.filter { $0.code == .forbidden }.compactMap { error -> String? in
                if case .key(let name)? = error.path?.last { name } else { nil }
            })
            #expect(response.errors.allSatisfy { $0.code == .forbidden })
            #expect(forbidden == Set(Self.restricted).subtracting(Self.allowed(role)), "\(role)")
            for field in forbidden { #expect(client[field] == .null) }
            if Self.allowed(role).contains("notes") {
                #expect(client["notes"] == .string("Prefers calls in the morning"))
                #expect(client["metadata"]?["tier"] == .string("gold"))
                #expect(client["statusHistory"]?.listValue?.count == 1)
            }
        }
    }

    /// The check follows the client wherever it appears: through an event, a RESELLER login is
    /// refused its client's notes and a member is not.
    @Test(arguments: ClientsBackend.all)
    func nestedClientsAreCheckedLikeTopLevelOnes(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            let query = "{ events { data { id client { id notes } } } }"
            let asReseller = await world.run(query, as: world.a.reseller)
            let resellerRows = asReseller.data?["events"]?["data"]?.listValue ?? []
            #expect(resellerRows.count == 1)
            #expect(resellerRows.first?["client"]?["id"] == .string(world.a.resold.id.rawValue))
            #expect(resellerRows.first?["client"]?["notes"] == .null)
            #expect(asReseller.errors.map(\.code) == [.forbidden])
            #expect(asReseller.errors.first?.path?.last == .key("notes"))
            let asMember = await world.run(query, as: world.a.member)
            #expect(asMember.errors.isEmpty, "\(asMember.errors)")
            let notes = asMember.data?["events"]?["data"]?.listValue?.compactMap { $0["client"]?["notes"]?.stringValue }
            #expect(notes == ["Prefers calls in the morning"])
        }
    }

    /// RESELLER and CLIENT logins list only their own clients, and see only those clients'
    /// events and users.
    @Test(arguments: ClientsBackend.all)
    func confinedLoginsSeeOnlyTheirOwnClients(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            let query = "{ clients(limit: 100) { data { id boundUser { id } } meta { total } } events(limit: 100) { data { id } } }"
            let asReseller = await world.run(query, as: world.a.reseller)
            #expect(asReseller.data?["clients"]?["data"]?.listValue?.compactMap { $0["id"]?.stringValue } == [world.a.resold.id.rawValue])
            #expect(asReseller.data?["clients"]?["meta"]?["total"] == .int(1))
            #expect(asReseller.data?["events"]?["data"]?.listValue?.compactMap { $0["id"]?.stringValue } == [world.a.events[world.a.resold.id]!.id])
            let asClient = await world.run(query, as: world.a.client)
            let portal = asClient.data?["clients"]?["data"]?.listValue
            #expect(portal?.compactMap { $0["id"]?.stringValue } == [world.a.portal.id.rawValue])
            #expect(portal?.first?["boundUser"]?["id"] == .string(world.a.client.id.rawValue))
            #expect(asClient.data?["events"]?["data"]?.listValue?.compactMap { $0["id"]?.stringValue } == [world.a.events[world.a.portal.id]!.id])
            // Staff see the bound login too, and null for a client without one.
            let asAdmin = await world.run(query, as: world.a.admin)
            let bound = asAdmin.data?["clients"]?["data"]?.listValue?.map { $0["boundUser"]?["id"]?.stringValue }
            #expect(bound == [world.a.client.id.rawValue, nil, nil])
        }
    }
}
