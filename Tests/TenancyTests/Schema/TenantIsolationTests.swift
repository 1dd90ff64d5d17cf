import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// The tenant-isolation matrix: two organizations with data in each, every role, every root field
/// and mutation of the Tenancy module. No caller bound to organization A sees or changes B's
/// data, and B's id answers byte for byte like an id that was never used.
@Suite struct TenantIsolationTests {
    /// A root field or mutation that takes an id, with the id of B's record it is aimed at.
    struct Probe: Sendable, CustomTestStringConvertible {
        let name: String
        let query: String
        let target: @Sendable (TenancyWorld) -> String

        var testDescription: String { name }
    }

    static let probes: [Probe] = [
        Probe(name: "organization", query: "query($id: ID!) { organization(id: $id) { id name users { id } } }") {
            $0.b.organization.id.rawValue
        },
        Probe(name: "updateOrganization", query: #"mutation($id: ID!) { updateOrganization(id: $id, input: {name: "Taken"}) { id name } }"#) {
            $0.b.organization.id.rawValue
        },
        Probe(name: "createUser", query: #"mutation($id: ID) { createUser(input: {organizationId: $id, firstName: "Eve", lastName: "Intrusa", email: "eve@example.com", role: ORG_MEMBER}) { id } }"#) {
            $0.b.organization.id.rawValue
        },
        Probe(name: "updateUser", query: #"mutation($id: ID!) { updateUser(id: $id, input: {firstName: "Taken", role: ORG_ADMIN}) { id firstName } }"#) {
            $0.b.spare.id.rawValue
        },
        Probe(name: "deactivateUser", query: "mutation($id: ID!) { deactivateUser(id: $id) { id active } }") {
            $0.b.spare.id.rawValue
        },
        Probe(name: "revokeApiToken", query: "mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }") {
            $0.b.tokens[$0.b.owner.id]!.id.rawValue
        },
    ]

    static let tenantRoles: [Role] = [.orgOwner, .orgAdmin, .orgMember, .reseller, .client]

    @Test(arguments: TestBackend.all, tenantRoles)
    func otherTenantsIdsAnswerExactlyLikeUnknownIds(backend: TestBackend, role: Role) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let caller = world.caller(role)
            for probe in Self.probes {
                let other = await world.json(probe.query, as: caller, variables: ["id": .string(probe.target(world))])
                let unknown = await world.json(probe.query, as: caller, variables: ["id": .string(UUIDv7.generate())])
                let malformed = await world.json(probe.query, as: caller, variables: ["id": "not-an-id"])
                #expect(other == unknown, "\(role.rawValue) \(probe.name): \(other) vs \(unknown)")
                #expect(malformed == unknown, "\(role.rawValue) \(probe.name): \(malformed) vs \(unknown)")
                #expect(!other.contains("Taller Sur"))
            }
            // The one mutation without an id makes a token for the caller alone.
            let created = await world.run("mutation { createApiToken(input: {name: \"mine\"}) { token apiToken { user { id } } } }", as: caller)
            #expect(created.data?["createApiToken"]?["apiToken"]?["user"] == ["id": .string(caller.id.rawValue)])
            try await Self.expectUntouched(world.b, in: world)
        }
    }

    @Test(arguments: TestBackend.all, tenantRoles)
    func listsAndNestedPathsShowNothingOfTheOtherTenant(backend: TestBackend, role: Role) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let caller = world.caller(role)
            let queries = [
                "{ organizations { id name slug users { id firstName organization { id } } } }",
                "{ viewer { id organization { id users { id apiTokens { id user { id } } } } } }",
                "{ viewer { apiTokens { id user { organization { users { id } } } } } }",
            ]
            let bIDs = [world.b.organization.id.rawValue] + world.b.users.map(\.id.rawValue)
                + world.b.tokens.values.map(\.id.rawValue)
            for query in queries {
                let json = await world.json(query, as: caller)
                for id in bIDs { #expect(!json.contains(id), "\(role.rawValue) saw \(id) in \(json)") }
            }
            let organizations = await world.run("{ organizations { slug } }", as: caller)
            #expect(organizations.data == ["organizations": [["slug": "agencia-luna"]]])
        }
    }

    /// What a confined login sees of its own organization's users: itself (and, for a reseller,
    /// the other logins of its reseller), never the staff.
    @Test(arguments: TestBackend.all, [Role.reseller, .client])
    func confinedLoginsSeeOnlyTheirOwnLogins(backend: TestBackend, role: Role) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let caller = world.caller(role)
            let response = await world.run("{ organizations { users { id } } }", as: caller)
            #expect(response.data == ["organizations": [["users": [["id": .string(caller.id.rawValue)]]]]])
            let staff = await world.run(
                #"mutation($id: ID!) { updateUser(id: $id, input: {firstName: "X"}) { id } }"#,
                as: caller, variables: ["id": .string(world.a.member.id.rawValue)])
            #expect(staff.errors.map(\.code) == [.notFound])
        }
    }

    @Test(arguments: TestBackend.all, [Role.superAdmin, .platformAdmin])
    func platformStaffSeeEveryOrganization(backend: TestBackend, role: Role) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let response = await world.run("{ organizations { slug users { id } } }", as: world.caller(role))
            #expect(response.errors.isEmpty)
            let slugs = response.data?["organizations"]?.listValue?.compactMap { $0["slug"]?.stringValue }
            #expect(slugs == ["agencia-luna", "taller-sur"])
            let other = await world.run(
                "query($id: ID!) { organization(id: $id) { slug } }", as: world.caller(role),
                variables: ["id": .string(world.b.organization.id.rawValue)])
            #expect(other.data == ["organization": ["slug": "taller-sur"]])
        }
    }

    /// B's organization, users and tokens as stored are exactly as the world made them.
    static func expectUntouched(_ tenant: TenancyWorld.Tenant, in world: TenancyWorld) async throws {
        let stored = try await world.database.read { connection in
            let organization = try OrganizationRepository(connection).organization(tenant.organization.id, in: .unrestricted)
            let users = try UserRepository(connection).users(tenant.users.map(\.id), in: .unrestricted)
            let tokens = try ApiTokenRepository(connection).tokens(ofUsers: tenant.users.map(\.id), in: .unrestricted)
            return (organization, users, tokens)
        }
        #expect(stored.0 == tenant.organization)
        #expect(stored.1.count == tenant.users.count)
        for user in tenant.users {
            #expect(stored.1[user.id] == user)
            let token = try #require(stored.2[user.id]?.first)
            #expect(token.revokedAt == nil)
            #expect(token.id == tenant.tokens[user.id]?.id)
        }
    }
}
