import Foundation
import GraphQL
import Storage
import Tenancy

/// Two organizations with a user of every role each, platform staff, and a token per user, in a
/// migrated database; plus an engine serving Tenancy's schema over it.
///
/// Organization A is "agencia-luna" (MX), B is "taller-sur" (CL). Each has an owner, an admin, a
/// member, a spare member (the target of user mutations), a RESELLER login and a CLIENT login.
struct TenancyWorld: Sendable {
    /// The users of one organization, by what the tests call them.
    struct Tenant: Sendable {
        let organization: Organization
        let owner: User
        let admin: User
        let member: User
        let spare: User
        let reseller: User
        let client: User
        let resellerID: ResellerID
        let clientID: ClientID
        /// One token per user, by user.
        let tokens: [UserID: ApiToken]

        var users: [User] { [owner, admin, member, spare, reseller, client] }

        func user(_ role: Role) -> User {
            switch role {
            case .orgOwner: owner
            case .orgAdmin: admin
            case .orgMember: member
            case .reseller: reseller
            case .client: client
            case .superAdmin, .platformAdmin: preconditionFailure("platform staff belong to no tenant")
            }
        }
    }

    /// The creation time of every seeded row: whole seconds, so rows read back compare equal.
    static let epoch = Date(timeIntervalSince1970: 1_764_547_200)

    let database: any SQLDatabase
    let a: Tenant
    let b: Tenant
    let superAdmin: User
    let platformAdmin: User
    let platformTokens: [UserID: ApiToken]
    let engine: Engine
    let assignments: RecordingClientAssignments

    /// The user of `role`: organization A's for an organization role, the platform's otherwise.
    func caller(_ role: Role) -> User {
        switch role {
        case .superAdmin: superAdmin
        case .platformAdmin: platformAdmin
        default: a.user(role)
        }
    }

    func token(of user: User) -> ApiToken {
        a.tokens[user.id] ?? b.tokens[user.id] ?? platformTokens[user.id]!
    }

    /// Runs a request as `user`.
    func run(_ query: String, as user: User, variables: [String: Value] = [:], now: Date = Date()) async -> GraphQLResponse {
        let context = AccessContext(caller: Caller(user)!, requestId: "test", database: database, now: { now })
        let variables = OrderedObject(variables.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        return await engine.execute(GraphQLRequest(query: query, variables: variables), context: context)
    }

    /// The response as JSON text, for byte comparisons and readable failures.
    func json(_ query: String, as user: User, variables: [String: Value] = [:]) async -> String {
        String(decoding: await run(query, as: user, variables: variables).jsonBytes(), as: UTF8.self)
    }

    /// The limits of the worlds' engines: the spec's, but without the request deadline. A full test
    /// run executes hundreds of requests at once on two cores, where one may wait seconds for its
    /// turn; the deadline has its own tests in GraphQLTests.
    static let limits = ExecutionLimits(deadline: nil)

    static func make(_ database: any SQLDatabase) async throws -> TenancyWorld {
        let a = try await tenant(database, name: "Agencia Luna", slug: "agencia-luna", country: "MX", currency: "MXN", mail: "luna.mx")
        let b = try await tenant(database, name: "Taller Sur", slug: "taller-sur", country: "CL", currency: "CLP", mail: "sur.cl")
        let superAdmin = User(organizationID: nil, firstName: "Sara", lastName: "Super", email: "sara@clientela.dev", role: .superAdmin, createdAt: epoch)
        let platformAdmin = User(organizationID: nil, firstName: "Pablo", lastName: "Plataforma", email: "pablo@clientela.dev", role: .platformAdmin, createdAt: epoch)
        let platformTokens = try await store(database, users: [superAdmin, platformAdmin])
        let assignments = RecordingClientAssignments()
        let bindings = FakeLoginBindings(
            resellers: [a.organization.id: [a.resellerID], b.organization.id: [b.resellerID]],
            clients: [a.organization.id: [a.clientID], b.organization.id: [b.clientID]])
        let schema = try SchemaBuilder().build([
            rootModule(), TenancySchema.module(ports: TenancyPorts(clientAssignments: assignments, loginBindings: bindings)),
        ])
        return TenancyWorld(
            database: database, a: a, b: b, superAdmin: superAdmin, platformAdmin: platformAdmin,
            platformTokens: platformTokens, engine: Engine(schema: schema, limits: limits), assignments: assignments)
    }

    /// The root types and the scalar Tenancy uses, standing in for the gateway's slice.
    static func rootModule() -> SchemaModule {
        var module = SchemaModule(name: "root", sdl: """
            schema { query: Query }
            type Query { ping: String }
            scalar DateTime
            """, sourceName: "test-root.graphql")
        module.scalar("DateTime", .dateTime)
        module.resolve("Query", "ping", .sync { _, _, _ in .string("pong") })
        return module
    }

    private static func tenant(
        _ database: any SQLDatabase, name: String, slug: String, country: String, currency: String, mail: String
    ) async throws -> Tenant {
        let organization = Organization(name: name, slug: slug, country: country, currency: currency, createdAt: epoch)
        try await database.write { try OrganizationRepository($0).create(organization) }
        let org = organization.id
        let resellerID = ResellerID.generate()
        let clientID = ClientID.generate()
        func user(_ first: String, _ role: Role, reseller: ResellerID? = nil, client: ClientID? = nil) -> User {
            User(organizationID: org, firstName: first, lastName: name, email: "\(first.lowercased())@\(mail)", role: role,
                 resellerID: reseller, clientID: client, createdAt: epoch)
        }
        let users = [
            user("Olga", .orgOwner), user("Adan", .orgAdmin), user("Mia", .orgMember), user("Saul", .orgMember),
            user("Rita", .reseller, reseller: resellerID), user("Cleo", .client, client: clientID),
        ]
        let tokens = try await store(database, users: users)
        return Tenant(
            organization: organization, owner: users[0], admin: users[1], member: users[2], spare: users[3],
            reseller: users[4], client: users[5], resellerID: resellerID, clientID: clientID, tokens: tokens)
    }

    private static func store(_ database: any SQLDatabase, users: [User]) async throws -> [UserID: ApiToken] {
        let tokens = users.map { user in
            ApiToken(userID: user.id, organizationID: user.organizationID, name: "\(user.firstName)'s laptop",
                     prefix: "clt_\(user.firstName.lowercased())", secretHash: UUIDv7.generate(), createdAt: epoch)
        }
        try await database.write { connection in
            for user in users { try UserRepository(connection).create(user) }
            for token in tokens { try ApiTokenRepository(connection).create(token) }
        }
        return Dictionary(uniqueKeysWithValues: tokens.map { ($0.userID, $0) })
    }
}
