import Foundation
import Storage
import Tenancy
import Testing

@Suite struct SuperAdminBootstrapTests {
    @Test(arguments: TestBackend.all)
    func firstStartCreatesOneSuperAdminAndASecondStartNothing(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let created = try #require(try await SuperAdminBootstrap(database: database).run())
            #expect(created.user.role == .superAdmin)
            #expect(created.user.organizationID == nil)
            let message = created.message(endpoint: "http://127.0.0.1:8080/graphql")
            #expect(message.contains(created.token.token))
            #expect(message.contains("curl -s http://127.0.0.1:8080/graphql -H 'Authorization: Bearer \(created.token.token)'"))
            let caller = try await TokenAuthenticator(database: database).authenticate(bearer: created.token.token)
            #expect(caller == .caller(Caller(created.user)!))
            #expect(try await SuperAdminBootstrap(database: database).run() == nil)
            #expect(try await SuperAdminBootstrap(database: database, email: "other@localhost").run() == nil)
        }
    }

    @Test(arguments: TestBackend.all)
    func racingStartsCreateOneAdministrator(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let results = try await withThrowingTaskGroup(of: Bool.self) { group in
                for index in 0..<6 {
                    group.addTask { try await SuperAdminBootstrap(database: database, email: "admin\(index % 2)@localhost").run() != nil }
                }
                return try await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(results.filter { $0 }.count == 1)
            let admins = try await database.read { connection in
                try connection.scalar("SELECT count(*) FROM users", as: Int.self)
            }
            #expect(admins == 1)
        }
    }

    @Test(arguments: TestBackend.all)
    func aDatabaseWithUsersIsNotBootstrapped(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            _ = try await TenancyWorld.make(database)
            #expect(try await SuperAdminBootstrap(database: database).run() == nil)
        }
    }
}
