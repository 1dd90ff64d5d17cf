import Crypto
import Foundation
import Gateway
import GraphQL
import HTTPServer
import Storage
import Tenancy

/// The served gateway as a caller meets it: a migrated SQLite database, the composed schema,
/// ``GatewayHandler`` with ``TenancyAuthenticator`` (API tokens, and an HS256 identity provider),
/// and two organizations with a login of every organization role, platform staff, and the
/// credentials that must be refused (expired, revoked, a deactivated user's).
///
/// Every login has a real token made by Tenancy's `TokenIssuer`, so requests carry exactly what a
/// client would send. Organization A is "Agencia Luna", B is "Taller Sur".
struct AccessWorld: Sendable {
    /// A user and the text of its API token.
    struct Login: Sendable {
        let user: User
        let token: String
        let tokenID: ApiTokenID

        var authorization: String { "Bearer \(token)" }
    }

    /// One organization's logins.
    struct Tenant: Sendable {
        let organization: Organization
        let owner: Login
        let admin: Login
        let member: Login
        /// An ORG_MEMBER the user mutations aim at.
        let spare: Login
        let reseller: Login
        let client: Login

        var logins: [Login] { [owner, admin, member, spare, reseller, client] }

        func login(_ role: Role) -> Login {
            switch role {
            case .orgOwner: owner
            case .orgAdmin: admin
            case .orgMember: member
            case .reseller: reseller
            case .client: client
            case .superAdmin, .platformAdmin: preconditionFailure("platform staff belong to no organization")
            }
        }
    }

    static let jwtSecret = Array("the-identity-providers-shared-secret-0123".utf8)
    static let jwtIssuer = "https://id.example.com/"
    static let jwtAudience = "clientela-api"
    /// The `sub` of organization A's member at the identity provider.
    static let memberSubject = "idp|mia-luna"
    /// The `sub` of a deactivated user at the identity provider.
    static let deactivatedSubject = "idp|gone"

    let database: any SQLDatabase
    let handler: GatewayHandler
    let log: LogCapture
    let a: Tenant
    let b: Tenant
    let superAdmin: Login
    let platformAdmin: Login
    /// Tokens that exist and must be refused.
    let expiredToken: String
    let revokedToken: String
    let deactivatedUsersToken: String

    /// The limits of the worlds' engines: the spec's, but without the request deadline. A full test
    /// run executes hundreds of requests at once on two cores, where one may wait seconds for its
    /// turn; the deadline has its own tests in GraphQLTests.
    static let limits = ExecutionLimits(deadline: nil)

    static func make() async throws -> AccessWorld {
        let database = try await DatabaseConfiguration(url: ":memory:").open()
        _ = try await ClientelaMigrations.migrator().migrate(database)
        let a = try await tenant(database, name: "Agencia Luna", slug: "agencia-luna", country: "MX", currency: "MXN", mail: "luna.mx",
                                 memberSubject: memberSubject)
        let b = try await tenant(database, name: "Taller Sur", slug: "taller-sur", country: "CL", currency: "CLP", mail: "sur.cl",
                                 memberSubject: nil)
        let superAdmin = try await login(database, User(
            organizationID: nil, firstName: "Sara", lastName: "Super", email: "sara@clientela.dev", role: .superAdmin))
        let platformAdmin = try await login(database, User(
            organizationID: nil, firstName: "Pablo", lastName: "Plataforma", email: "pablo@clientela.dev", role: .platformAdmin))

        let now = Date()
        let owner = Caller(a.member.user)!
        let (expired, revoked) = try await database.write { connection in
            let expired = try TokenIssuer.issue(
                for: owner, name: "old", expiresAt: now.addingTimeInterval(-3600), now: now.addingTimeInterval(-7200), connection: connection)
            let revoked = try TokenIssuer.issue(for: owner, name: "leaked", expiresAt: nil, now: now, connection: connection)
            _ = try ApiTokenRepository(connection).revoke(revoked.apiToken.id, at: now, in: .unrestricted)
            return (expired.token, revoked.token)
        }
        let gone = try await login(database, User(
            organizationID: a.organization.id, firstName: "Gael", lastName: "Ido", email: "gael@luna.mx", role: .orgMember,
            externalID: deactivatedSubject))
        _ = try await database.write { connection in
            try UserRepository(connection).deactivate(gone.user.id, at: now, in: .unrestricted)
        }

        let log = LogCapture()
        let accessLog = AccessLog { log.append($0) }
        let jwt = JWTVerifier(JWTConfiguration(issuer: jwtIssuer, audience: jwtAudience, key: .hs256(secret: jwtSecret), leeway: .seconds(0)))
        let handler = GatewayHandler(
            engine: Engine(schema: try ClientelaSchema.build(), limits: limits),
            authenticator: TenancyAuthenticator(tokens: TokenAuthenticator(database: database, jwt: jwt), accessLog: accessLog),
            readiness: { true },
            metrics: ServerMetrics(databaseStatements: { database.statementsExecuted }),
            accessLog: accessLog)
        return AccessWorld(
            database: database, handler: handler, log: log, a: a, b: b, superAdmin: superAdmin, platformAdmin: platformAdmin,
            expiredToken: expired, revokedToken: revoked, deactivatedUsersToken: gone.token)
    }

    /// The login of `role`: organization A's for an organization role, the platform's otherwise.
    func login(_ role: Role) -> Login {
        switch role {
        case .superAdmin: superAdmin
        case .platformAdmin: platformAdmin
        default: a.login(role)
        }
    }

    /// A POST to `/graphql` with `Authorization: <authorization>` when given, and a fixed request
    /// id unless told otherwise, so two answers can be compared byte for byte.
    func post(
        _ query: String, authorization: String?, variables: [(String, Value)] = [], requestId: String = "probe",
        extraHeaders: [(String, String)] = []
    ) async -> HTTPResponse {
        var headers = HTTPHeaders([("Content-Type", "application/json"), ("X-Request-Id", requestId)] + extraHeaders)
        if let authorization { headers.add("Authorization", authorization) }
        var fields: [(String, Value)] = [("query", .string(query))]
        if !variables.isEmpty { fields.append(("variables", .object(OrderedObject(variables)))) }
        let body = JSONWriter.text(of: .object(OrderedObject(fields)))
        return await handler.handle(HTTPRequest(method: "POST", target: "/graphql", headers: headers, body: Array(body.utf8)))
    }

    /// A POST as `login`.
    func post(_ query: String, as login: Login, variables: [(String, Value)] = [], requestId: String = "probe") async -> HTTPResponse {
        await post(query, authorization: login.authorization, variables: variables, requestId: requestId)
    }

    /// A compact JWS signed with HMAC-SHA256 (or not at all), with these claims; the header's
    /// `alg` and the key can be changed to forge one.
    static func jwt(
        subject: String, issuer: String = jwtIssuer, audience: String = jwtAudience, expires: Date = Date().addingTimeInterval(600),
        notBefore: Date? = nil, alg: String = "HS256", secret: [UInt8] = jwtSecret, signed: Bool = true
    ) -> String {
        let header = Base64URL.encode(Array(#"{"alg":"\#(alg)","typ":"JWT"}"#.utf8))
        var claims: [(String, Value)] = [
            ("sub", .string(subject)), ("iss", .string(issuer)), ("aud", .string(audience)),
            ("exp", .int(Int(expires.timeIntervalSince1970))),
        ]
        if let notBefore { claims.append(("nbf", .int(Int(notBefore.timeIntervalSince1970)))) }
        let input = header + "." + Base64URL.encode(Array(JSONWriter.text(of: .object(OrderedObject(claims))).utf8))
        guard signed else { return input + "." }
        return input + "." + Base64URL.encode(HMACSHA256.authenticationCode(key: secret, message: Array(input.utf8)))
    }

    private static func tenant(
        _ database: any SQLDatabase, name: String, slug: String, country: String, currency: String, mail: String, memberSubject: String?
    ) async throws -> Tenant {
        let organization = Organization(name: name, slug: slug, country: country, currency: currency)
        try await database.write { try OrganizationRepository($0).create(organization) }
        func user(_ first: String, _ role: Role, external: String? = nil, reseller: ResellerID? = nil, client: ClientID? = nil) -> User {
            User(organizationID: organization.id, firstName: first, lastName: name, email: "\(first.lowercased())@\(mail)", role: role,
                 externalID: external, resellerID: reseller, clientID: client)
        }
        return Tenant(
            organization: organization,
            owner: try await login(database, user("Olga", .orgOwner)),
            admin: try await login(database, user("Adan", .orgAdmin)),
            member: try await login(database, user("Mia", .orgMember, external: memberSubject)),
            spare: try await login(database, user("Saul", .orgMember)),
            reseller: try await login(database, user("Rita", .reseller, reseller: .generate())),
            client: try await login(database, user("Cleo", .client, client: .generate())))
    }

    /// Stores `user` and issues it a token, as `clientela token create` would.
    private static func login(_ database: any SQLDatabase, _ user: User) async throws -> Login {
        let created = try await database.write { connection in
            try UserRepository(connection).create(user)
            return try TokenIssuer.issue(for: Caller(user)!, name: "\(user.firstName)'s laptop", expiresAt: nil, now: Date(), connection: connection)
        }
        return Login(user: user, token: created.token, tokenID: created.apiToken.id)
    }
}
