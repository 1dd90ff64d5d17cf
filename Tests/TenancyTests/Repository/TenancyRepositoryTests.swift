import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// The repositories on SQLite and PostgreSQL: scope filtering in the statements, uniqueness
/// turned into domain errors, batch reads in one statement, token bookkeeping.
@Suite struct TenancyRepositoryTests {
    @Test(arguments: TestBackend.all)
    func everyReadIsFilteredByTheScope(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let ids = (world.a.users + world.b.users + [world.superAdmin, world.platformAdmin]).map(\.id)
            for role in Role.allCases {
                let caller = world.caller(role)
                let scope = AccessScope(Caller(caller)!)
                let (organizations, users, tokens) = try await database.read { connection in
                    (try OrganizationRepository(connection).organizations(in: scope),
                     try UserRepository(connection).users(ids, in: scope),
                     try ApiTokenRepository(connection).tokens(ofUsers: ids, in: scope))
                }
                let expectedUsers: Set<UserID>
                switch role {
                case .superAdmin, .platformAdmin: expectedUsers = Set(ids)
                case .orgOwner, .orgAdmin, .orgMember: expectedUsers = Set(world.a.users.map(\.id))
                case .reseller, .client: expectedUsers = [caller.id]
                }
                #expect(Set(users.keys) == expectedUsers, "\(role)")
                #expect(Set(tokens.keys) == expectedUsers, "\(role)")
                #expect(organizations.map(\.slug) == (role.isPlatformStaff ? ["agencia-luna", "taller-sur"] : ["agencia-luna"]))
                let other = try await database.read { connection in
                    (try OrganizationRepository(connection).organization(world.b.organization.id, in: scope),
                     try UserRepository(connection).user(world.b.owner.id, in: scope),
                     try ApiTokenRepository(connection).token(world.b.tokens[world.b.owner.id]!.id, in: scope))
                }
                #expect((other.0 == nil) == !role.isPlatformStaff)
                #expect((other.1 == nil) == !role.isPlatformStaff)
                #expect((other.2 == nil) == !role.isPlatformStaff)
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func writesOutsideTheScopeChangeNothing(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let scope = AccessScope(Caller(world.a.owner)!)
            var renamed = world.b.organization
            renamed.name = "Mine now"
            var promoted = world.b.member
            promoted.role = .orgOwner
            let token = world.b.tokens[world.b.owner.id]!
            let (renamedB, promotedB) = (renamed, promoted)
            let results = try await database.write { connection in
                [try OrganizationRepository(connection).update(renamedB, in: scope),
                 try UserRepository(connection).update(promotedB, in: scope),
                 try UserRepository(connection).deactivate(world.b.member.id, at: Date(), in: scope),
                 try ApiTokenRepository(connection).revoke(token.id, at: Date(), in: scope),
                 try ApiTokenRepository(connection).recordUse(token.id, at: Date(), unlessUsedSince: Date(), in: scope)]
            }
            #expect(results == [false, false, false, false, false])
            try await TenantIsolationTests.expectUntouched(world.b, in: world)
        }
    }

    @Test(arguments: TestBackend.all)
    func uniquenessBecomesDomainErrors(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let org = world.a.organization.id
            let duplicateSlug = Organization(name: "Otra", slug: "taller-sur", country: "CL", currency: "CLP")
            await #expect(throws: TenancyError.slugTaken) {
                try await database.write { try OrganizationRepository($0).create(duplicateSlug) }
            }
            let shouting = User(organizationID: org, firstName: "M", lastName: "M", email: "MIA@luna.mx", role: .orgMember)
            await #expect(throws: TenancyError.emailTaken) {
                try await database.write { try UserRepository($0).create(shouting) }
            }
            let linked = User(organizationID: org, firstName: "E", lastName: "E", email: "e1@luna.mx", role: .orgMember, externalID: "idp|42")
            try await database.write { try UserRepository($0).create(linked) }
            let sameSubject = User(organizationID: org, firstName: "E", lastName: "E", email: "e2@luna.mx", role: .orgMember, externalID: "idp|42")
            await #expect(throws: TenancyError.externalIDTaken) {
                try await database.write { try UserRepository($0).create(sameSubject) }
            }
            let secondLogin = User(organizationID: org, firstName: "C", lastName: "C", email: "c2@luna.mx", role: .client, clientID: world.a.clientID)
            await #expect(throws: TenancyError.clientLoginTaken) {
                try await database.write { try UserRepository($0).create(secondLogin) }
            }
            // Once the first login is deactivated, the client may get a new one.
            try await database.write { _ = try UserRepository($0).deactivate(world.a.client.id, at: Date(), in: .unrestricted) }
            try await database.write { try UserRepository($0).create(secondLogin) }
            // A row that describes no possible caller is refused by the table itself.
            let impossible = User(organizationID: org, firstName: "X", lastName: "X", email: "x@luna.mx", role: .superAdmin)
            await #expect(throws: StorageError.self) {
                try await database.write { try UserRepository($0).create(impossible) }
            }
            #expect(try await database.read { try UserRepository($0).user(email: "Mia@Luna.mx", in: .unrestricted) }?.id == world.a.member.id)
        }
    }

    @Test(arguments: TestBackend.all)
    func batchReadsCostOneStatement(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let query = "{ organizations { users { organization { slug } apiTokens { user { id } } } } }"
            func statements() async -> Int {
                let counter = StatementCounter()
                let response = await StatementCounter.$current.withValue(counter) { await world.run(query, as: world.superAdmin) }
                #expect(response.errors.isEmpty)
                return counter.value
            }
            // organizations, their users, the users' organizations, their tokens, the tokens'
            // users: one statement per level, however many rows each level has.
            #expect(await statements() == 5)
            let more = (0..<25).map { index in
                User(organizationID: world.a.organization.id, firstName: "Extra\(index)", lastName: "Luna", email: "extra\(index)@luna.mx", role: .orgMember)
            }
            try await database.write { connection in
                for user in more {
                    try UserRepository(connection).create(user)
                    try ApiTokenRepository(connection).create(ApiToken(userID: user.id, organizationID: user.organizationID, name: "t", prefix: "clt_x", secretHash: user.id.rawValue))
                }
            }
            #expect(await statements() == 5)
        }
    }

    @Test(arguments: TestBackend.all)
    func lastUseIsRecordedAtMostOncePerInterval(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let token = world.a.tokens[world.a.member.id]!
            let start = Date(timeIntervalSince1970: 1_800_000_000)
            func use(at date: Date) async throws -> Bool {
                try await database.write {
                    try ApiTokenRepository($0).recordUse(token.id, at: date, unlessUsedSince: date.addingTimeInterval(-60), in: .unrestricted)
                }
            }
            #expect(try await use(at: start))
            #expect(try await !use(at: start.addingTimeInterval(30)))
            #expect(try await use(at: start.addingTimeInterval(61)))
            let stored = try await database.read { try ApiTokenRepository($0).token(token.id, in: .unrestricted) }
            #expect(stored?.lastUsedAt == start.addingTimeInterval(61))
        }
    }
}
