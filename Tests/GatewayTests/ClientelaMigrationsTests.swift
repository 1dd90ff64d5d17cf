import Foundation
import Gateway
import GraphQL
import Storage
import Tenancy
import Testing

/// The composed migrations and schema, end to end on a fresh SQLite database: migrate, the first
/// start's administrator, its token, and a query through the served schema.
@Suite struct ClientelaMigrationsTests {
    @Test func aFreshDatabaseServesItsFirstAdministrator() async throws {
        let database = try await SQLiteDatabase(.memory)
        let applied = try await ClientelaMigrations.migrator().migrate(database)
        #expect(applied.map(\.module).contains("tenancy"))
        let created = try #require(try await SuperAdminBootstrap(database: database).run())
        guard case .caller(let caller) = try await TokenAuthenticator(database: database).authenticate(authorization: "Bearer \(created.token.token)") else {
            Issue.record("the first token was refused")
            return
        }
        // No deadline: a loaded two-core test run may keep a request waiting for seconds.
        let engine = Engine(schema: try ClientelaSchema.build(), limits: ExecutionLimits(deadline: nil))
        let context = AccessContext(caller: caller, requestId: "r1", database: database)
        let response = await engine.execute(GraphQLRequest(query: "{ viewer { email role organization { id } } serverVersion }"), context: context)
        #expect(response.errors.isEmpty)
        #expect(response.data == [
            "viewer": ["email": "admin@localhost", "role": "SUPER_ADMIN", "organization": nil],
            "serverVersion": .string(ClientelaVersion.current),
        ])
        // No module binds logins yet, so RESELLER and CLIENT logins are refused for now.
        let reseller = await engine.execute(GraphQLRequest(query: """
            mutation { createOrganization(input: {name: "Luna", slug: "luna", country: "MX", currency: "MXN"}) { id } }
            """), context: context)
        let organization = try #require(reseller.data?["createOrganization"]?["id"]?.stringValue)
        let login = await engine.execute(GraphQLRequest(query: """
            mutation { createUser(input: {organizationId: "\(organization)", firstName: "R", lastName: "R", email: "r@luna.mx", role: RESELLER, resellerId: "\(UUIDv7.generate())"}) { id } }
            """), context: context)
        #expect(login.errors.map(\.code) == [.invalidReseller])
        await database.close()
    }
}
