import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// access.md's "users and roles" row: platform staff, and an ORG_OWNER for its organization,
/// never granting a platform role; plus deactivation and the input rules.
@Suite struct UserMutationTests {
    static let createMember = #"""
        mutation($org: ID, $email: String!, $role: Role!) {
          createUser(input: {organizationId: $org, firstName: " Nora ", lastName: "Nueva", email: $email, role: $role}) {
            id firstName email role active organization { slug }
          }
        }
        """#

    @Test(arguments: TestBackend.all, Role.allCases)
    func onlyPlatformStaffAndOwnersCreateUsers(backend: TestBackend, role: Role) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let response = await world.run(Self.createMember, as: world.caller(role), variables: [
                "org": .string(world.a.organization.id.rawValue), "email": "Nora@Luna.MX", "role": "ORG_MEMBER",
            ])
            if role.isPlatformStaff || role == .orgOwner {
                #expect(response.errors.isEmpty, "\(response.errors)")
                let user = try #require(response.data?["createUser"])
                #expect(user["firstName"] == "Nora")
                #expect(user["email"] == "nora@luna.mx")
                #expect(user["organization"] == ["slug": "agencia-luna"])
                #expect(user["active"] == true)
                let id = try #require(user["id"]?.stringValue.flatMap(UserID.init(parsing:)))
                #expect(UUIDv7.milliseconds(of: id.rawValue) != nil)
            } else {
                #expect(response.errors.map(\.code) == [.forbidden])
                #expect(response.data == ["createUser": nil])
                let stored = try await database.read { try UserRepository($0).user(email: "nora@luna.mx", in: .unrestricted) }
                #expect(stored == nil)
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func anOwnerNeverGrantsAPlatformRole(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            for role in ["SUPER_ADMIN", "PLATFORM_ADMIN"] {
                let created = await world.run(Self.createMember, as: world.a.owner, variables: ["email": "up@luna.mx", "role": .string(role)])
                #expect(created.errors.map(\.code) == [.forbidden])
                let promoted = await world.run(
                    "mutation($id: ID!, $role: Role!) { updateUser(id: $id, input: {role: $role}) { role } }", as: world.a.owner,
                    variables: ["id": .string(world.a.member.id.rawValue), "role": .string(role)])
                #expect(promoted.errors.map(\.code) == [.forbidden])
            }
            let member = try await database.read { try UserRepository($0).user(world.a.member.id, in: .unrestricted) }
            #expect(member?.role == .orgMember)
            // Within the organization's roles an owner may promote.
            let promoted = await world.run(
                "mutation($id: ID!) { updateUser(id: $id, input: {role: ORG_ADMIN, lastName: \"Luna\"}) { role lastName } }",
                as: world.a.owner, variables: ["id": .string(world.a.member.id.rawValue)])
            #expect(promoted.data == ["updateUser": ["role": "ORG_ADMIN", "lastName": "Luna"]])
        }
    }

    @Test(arguments: TestBackend.all)
    func platformAdminsNeitherMakeNorChangeSuperAdmins(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let made = await world.run(Self.createMember, as: world.platformAdmin, variables: ["email": "boss@clientela.dev", "role": "SUPER_ADMIN"])
            #expect(made.errors.map(\.code) == [.forbidden])
            let changed = await world.run(
                "mutation($id: ID!) { updateUser(id: $id, input: {firstName: \"X\"}) { id } }", as: world.platformAdmin,
                variables: ["id": .string(world.superAdmin.id.rawValue)])
            #expect(changed.errors.map(\.code) == [.forbidden])
            let platform = await world.run(Self.createMember, as: world.superAdmin, variables: ["email": "ops@clientela.dev", "role": "PLATFORM_ADMIN"])
            #expect(platform.data?["createUser"]?["organization"] == .null)
            #expect(platform.errors.isEmpty)
        }
    }

    /// A record in scope that the caller may not change is FORBIDDEN; out of scope, NOT_FOUND.
    @Test(arguments: TestBackend.all, [Role.orgAdmin, .orgMember, .reseller, .client])
    func whoMayNotManageUsersGetsForbiddenInScopeAndNotFoundOutside(backend: TestBackend, role: Role) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let caller = world.caller(role)
            let update = "mutation($id: ID!) { updateUser(id: $id, input: {firstName: \"X\"}) { id } }"
            let onSelf = await world.run(update, as: caller, variables: ["id": .string(caller.id.rawValue)])
            #expect(onSelf.errors.map(\.code) == [.forbidden])
            let onStaff = await world.run(update, as: caller, variables: ["id": .string(world.a.spare.id.rawValue)])
            #expect(onStaff.errors.map(\.code) == [role.isStaff ? .forbidden : .notFound])
        }
    }

    @Test(arguments: TestBackend.all)
    func deactivatingReleasesAssignmentsInTheSameTransaction(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let deactivate = "mutation($id: ID!) { deactivateUser(id: $id) { id active deactivatedAt } }"
            let spare = ["id": Value.string(world.a.spare.id.rawValue)]
            let done = await world.run(deactivate, as: world.a.owner, variables: spare)
            #expect(done.errors.isEmpty)
            #expect(done.data?["deactivateUser"]?["active"] == false)
            #expect(done.data?["deactivateUser"]?["deactivatedAt"] != .null)
            #expect(world.assignments.releases == [.init(user: world.a.spare.id, organization: world.a.organization.id)])
            // Deactivating again changes nothing and releases nothing more.
            _ = await world.run(deactivate, as: world.a.owner, variables: spare)
            #expect(world.assignments.releases.count == 1)

            // When the port fails, the user stays active: one transaction.
            world.assignments.failNextCalls()
            let failed = await world.run(deactivate, as: world.a.owner, variables: ["id": .string(world.a.member.id.rawValue)])
            #expect(failed.errors.map(\.code) == [.internalServerError])
            let member = try await database.read { try UserRepository($0).user(world.a.member.id, in: .unrestricted) }
            #expect(member?.isActive == true)

            let own = await world.run(deactivate, as: world.a.owner, variables: ["id": .string(world.a.owner.id.rawValue)])
            #expect(own.errors.map(\.code) == [.forbidden])
        }
    }

    @Test(arguments: TestBackend.all)
    func refusesBadInputNamingTheField(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let owner = world.a.owner
            func create(_ fields: String) async -> GraphQLResponse {
                await world.run("mutation { createUser(input: {firstName: \"N\", lastName: \"N\", \(fields)}) { id } }", as: owner)
            }
            func expect(_ response: GraphQLResponse, _ code: ErrorCode, field: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
                #expect(response.errors.map(\.code) == [code], sourceLocation: sourceLocation)
                #expect(response.errors.first?.extensions["field"] == .string(field), sourceLocation: sourceLocation)
            }
            expect(await create("email: \"no-at-sign\", role: ORG_MEMBER"), .badUserInput, field: "email")
            expect(await create("email: \"MIA@LUNA.MX\", role: ORG_MEMBER"), .duplicateEmail, field: "email")
            expect(await create("email: \"r@luna.mx\", role: RESELLER"), .badUserInput, field: "resellerId")
            expect(await create("email: \"r@luna.mx\", role: RESELLER, resellerId: \"\(UUIDv7.generate())\""), .invalidReseller, field: "resellerId")
            expect(await create("email: \"r@luna.mx\", role: RESELLER, resellerId: \"\(world.b.resellerID)\""), .invalidReseller, field: "resellerId")
            expect(await create("email: \"m@luna.mx\", role: ORG_MEMBER, resellerId: \"\(world.a.resellerID)\""), .badUserInput, field: "resellerId")
            expect(await create("email: \"c@luna.mx\", role: CLIENT, clientId: \"\(world.b.clientID)\""), .badUserInput, field: "clientId")
            expect(await create("email: \"c@luna.mx\", role: CLIENT, clientId: \"\(world.a.clientID)\""), .badUserInput, field: "clientId")
            expect(await create("email: \"  \", role: ORG_MEMBER"), .badUserInput, field: "email")
            let platform = await world.run(
                "mutation($org: ID) { createUser(input: {organizationId: $org, firstName: \"N\", lastName: \"N\", email: \"p@x.io\", role: PLATFORM_ADMIN}) { id } }",
                as: world.superAdmin, variables: ["org": .string(world.a.organization.id.rawValue)])
            expect(platform, .badUserInput, field: "organizationId")
            let reseller = await create("email: \"r2@luna.mx\", role: RESELLER, resellerId: \"\(world.a.resellerID)\"")
            #expect(reseller.errors.isEmpty, "\(reseller.errors)")
            let change = await world.run(
                "mutation($id: ID!) { updateUser(id: $id, input: {role: RESELLER}) { id } }", as: owner,
                variables: ["id": .string(world.a.member.id.rawValue)])
            expect(change, .badUserInput, field: "role")
        }
    }
}
