import Foundation
import Gateway
import GraphQL
import HTTPServer
import Tenancy
import Testing

/// Tenant isolation and field permissions as a client sees them over HTTP, through the composed
/// schema and real tokens: a login of organization A learns nothing of organization B, not even
/// whether B's ids exist, and restricted fields stay closed whatever path reaches them.
@Suite struct AccessIsolationTests {
    /// A root field or mutation aimed at one of B's records.
    struct Probe: Sendable, CustomTestStringConvertible {
        let name: String
        let query: String
        let target: @Sendable (AccessWorld) -> String

        var testDescription: String { name }
    }

    static let probes: [Probe] = [
        Probe(name: "organization", query: "query($id: ID!) { organization(id: $id) { id name slug users { id email } } }") {
            $0.b.organization.id.rawValue
        },
        Probe(name: "updateOrganization", query: #"mutation($id: ID!) { updateOrganization(id: $id, input: {name: "Taken"}) { id name } }"#) {
            $0.b.organization.id.rawValue
        },
        Probe(name: "updateUser", query: #"mutation($id: ID!) { updateUser(id: $id, input: {firstName: "Taken"}) { id firstName } }"#) {
            $0.b.spare.user.id.rawValue
        },
        Probe(name: "deactivateUser", query: "mutation($id: ID!) { deactivateUser(id: $id) { id active } }") {
            $0.b.spare.user.id.rawValue
        },
        Probe(name: "revokeApiToken", query: "mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }") {
            $0.b.owner.tokenID.rawValue
        },
    ]

    static let tenantRoles: [Role] = [.orgOwner, .orgAdmin, .orgMember, .reseller, .client]

    @Test(arguments: tenantRoles)
    func otherTenantsIdsAnswerByteForByteLikeUnknownIds(role: Role) async throws {
        let world = try await AccessWorld.make()
        let caller = world.login(role)
        for probe in Self.probes {
            let other = await world.post(probe.query, as: caller, variables: [("id", .string(probe.target(world)))])
            let unknown = await world.post(probe.query, as: caller, variables: [("id", .string(UUIDv7.generate()))])
            #expect(other.status == unknown.status, "\(role.rawValue) \(probe.name)")
            #expect(other.text == unknown.text, "\(role.rawValue) \(probe.name): \(other.text) vs \(unknown.text)")
            #expect(!other.text.contains("Taller Sur") && !other.text.contains("sur.cl"))
            let answer = other.json?["data"]?.objectValue?.first(where: { _ in true })?.value
            #expect(answer == .null, "\(role.rawValue) \(probe.name): \(other.text)")
            #expect(other.errorCodes.allSatisfy { $0 == "NOT_FOUND" }, "\(role.rawValue) \(probe.name): \(other.text)")
        }
        try await Self.expectUntouched(world.b, in: world)
    }

    /// The probes aim at real records: platform staff, who see every organization, find them.
    @Test func theProbedIdsExistForPlatformStaff() async throws {
        let world = try await AccessWorld.make()
        let response = await world.post(
            "query($id: ID!) { organization(id: $id) { slug users { email apiTokens { prefix } } } }", as: world.superAdmin,
            variables: [("id", .string(world.b.organization.id.rawValue))])
        #expect(response.errorCodes.isEmpty, "\(response.text)")
        #expect(response.json?["data"]?["organization"]?["slug"] == "taller-sur")
        let users = try #require(response.json?["data"]?["organization"]?["users"]?.listValue)
        #expect(users.count == world.b.logins.count)
        #expect(users.allSatisfy { $0["email"]?.stringValue?.hasSuffix("@sur.cl") == true && $0["apiTokens"]?.listValue?.count == 1 })
    }

    @Test func staffReadEmailsThroughNestedPathsButOnlyTheirOwnTokens() async throws {
        let world = try await AccessWorld.make()
        let response = await world.post("{ viewer { organization { users { id email apiTokens { name } } } } }", as: world.a.member)
        let users = try #require(response.json?["data"]?["viewer"]?["organization"]?["users"]?.listValue)
        #expect(users.count > 1)
        #expect(users.allSatisfy { $0["email"]?.stringValue?.hasSuffix("@luna.mx") == true })
        var forbidden: [Value] = []
        for (index, user) in users.enumerated() {
            if user["id"] == .string(world.a.member.user.id.rawValue) {
                #expect(user["apiTokens"]?.listValue?.isEmpty == false)
            } else {
                #expect(user["apiTokens"] == .null)
                forbidden.append(["viewer", "organization", "users", .int(index), "apiTokens"])
            }
        }
        let errors = try #require(response.json?["errors"]?.listValue)
        #expect(errors.compactMap { $0["path"] } == forbidden)
        #expect(response.errorCodes.allSatisfy { $0 == "FORBIDDEN" })
    }

    @Test(arguments: [Role.reseller, .client])
    func confinedLoginsReadNoEmailDirectlyOrNested(role: Role) async throws {
        let world = try await AccessWorld.make()
        let caller = world.login(role)
        let response = await world.post(
            "query($id: ID!) { viewer { id email } organization(id: $id) { users { id email } } }", as: caller,
            variables: [("id", .string(world.a.organization.id.rawValue))])
        let data = try #require(response.json?["data"])
        #expect(data["viewer"] == ["id": .string(caller.user.id.rawValue), "email": nil])
        let users = try #require(data["organization"]?["users"]?.listValue)
        #expect(!users.isEmpty && users.allSatisfy { $0["email"] == .null })
        let paths = response.json?["errors"]?.listValue?.compactMap { $0["path"] } ?? []
        let expected: [Value] = [["viewer", "email"]] + users.indices.map { ["organization", "users", .int($0), "email"] }
        #expect(paths == expected)
        #expect(response.errorCodes.allSatisfy { $0 == "FORBIDDEN" })
        #expect(!response.text.contains("@luna.mx"))
    }

    @Test func anApiTokenIsReadableByItsOwnerAndSuperAdminOnly() async throws {
        let world = try await AccessWorld.make()
        let query = "query($id: ID!) { organization(id: $id) { users { id apiTokens { prefix user { id } } } } }"
        let variables: [(String, Value)] = [("id", .string(world.a.organization.id.rawValue))]
        let owner = await world.post(query, as: world.a.owner, variables: variables)
        let users = try #require(owner.json?["data"]?["organization"]?["users"]?.listValue)
        let readable = users.filter { $0["apiTokens"] != .null }
        #expect(readable.map { $0["id"] } == [.string(world.a.owner.user.id.rawValue)])
        #expect(owner.errorCodes.count == users.count - 1 && owner.errorCodes.allSatisfy { $0 == "FORBIDDEN" })

        let admin = await world.post(query, as: world.superAdmin, variables: variables)
        #expect(admin.errorCodes.isEmpty, "\(admin.text)")
        let prefixes = admin.json?["data"]?["organization"]?["users"]?.listValue?.flatMap { $0["apiTokens"]?.listValue ?? [] }
            .compactMap { $0["prefix"]?.stringValue }
        #expect(prefixes?.count ?? 0 >= users.count && prefixes?.allSatisfy { $0.hasPrefix("clt_") } == true)
    }

    /// B as its own users see it over HTTP: its organization's name, every login still active with
    /// its token working, and each user's first name.
    static func expectUntouched(_ tenant: AccessWorld.Tenant, in world: AccessWorld) async throws {
        let owner = await world.post(
            "query($id: ID!) { organization(id: $id) { name users { id firstName active } } }", as: tenant.owner,
            variables: [("id", .string(tenant.organization.id.rawValue))])
        #expect(owner.json?["data"]?["organization"]?["name"] == "Taller Sur")
        let users = owner.json?["data"]?["organization"]?["users"]?.listValue ?? []
        #expect(users.count == tenant.logins.count)
        for login in tenant.logins {
            let stored = users.first { $0["id"] == .string(login.user.id.rawValue) }
            #expect(stored?["firstName"] == .string(login.user.firstName) && stored?["active"] == true)
            #expect(await world.post("{ viewer { id } }", as: login).status == .ok, "\(login.user.email)")
        }
    }
}
