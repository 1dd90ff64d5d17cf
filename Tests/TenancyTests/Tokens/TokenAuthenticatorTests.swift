import Crypto
import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// The token lifecycle (create, use, revoke, expire, deactivate), JWT users, and every bad
/// credential refused.
@Suite struct TokenAuthenticatorTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    /// Creates a token through the API as `user`, returning its text and id.
    static func createToken(_ world: TenancyWorld, as user: User, expiresAt: String? = nil) async throws -> (text: String, id: ApiTokenID) {
        var variables: [String: Value] = [:]
        if let expiresAt { variables["expires"] = .string(expiresAt) }
        let response = await world.run(
            "mutation($expires: DateTime) { createApiToken(input: {name: \" CI deploy \", expiresAt: $expires}) { token apiToken { id name prefix expiresAt user { id } } } }",
            as: user, variables: variables, now: start)
        #expect(response.errors.isEmpty, "\(response.errors)")
        let payload = try #require(response.data?["createApiToken"])
        let text = try #require(payload["token"]?.stringValue)
        #expect(payload["apiToken"]?["name"] == "CI deploy")
        #expect(payload["apiToken"]?["user"] == ["id": .string(user.id.rawValue)])
        let prefix = try #require(payload["apiToken"]?["prefix"]?.stringValue)
        #expect(text.hasPrefix(prefix + "_"))
        #expect(ApiTokenSecret.isWellFormed(text))
        let id = try #require(payload["apiToken"]?["id"]?.stringValue.flatMap(ApiTokenID.init(parsing:)))
        return (text, id)
    }

    static func authenticator(_ world: TenancyWorld, at date: Date, jwt: Bool = false) -> TokenAuthenticator {
        TokenAuthenticator(database: world.database, jwt: jwt ? JWTVerifier(TestJWT.configuration) : nil, now: { date })
    }

    @Test(arguments: TestBackend.all)
    func tokenLifecycle(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let member = world.a.member
            let (text, id) = try await Self.createToken(world, as: member)

            // Only the hash is stored, and it is the SHA-256 of the text.
            let stored = try #require(try await database.read { try ApiTokenRepository($0).token(id, in: .unrestricted) })
            #expect(stored.secretHash == Hex.encode(SHA256.hash(Array(text.utf8))))
            #expect(stored.secretHash != text && !stored.secretHash.contains(text.suffix(43)))

            // Use: the caller is the member; the use is recorded once a minute at most.
            let expected = TokenAuthentication.caller(Caller(member)!)
            #expect(try await Self.authenticator(world, at: Self.start).authenticate(authorization: "Bearer \(text)") == expected)
            let counter = StatementCounter()
            let again = try await StatementCounter.$current.withValue(counter) {
                try await Self.authenticator(world, at: Self.start.addingTimeInterval(30)).authenticate(authorization: "bearer  \(text)")
            }
            #expect(again == expected)
            #expect(counter.value == 1, "a use within the minute must not write")
            _ = try await Self.authenticator(world, at: Self.start.addingTimeInterval(90)).authenticate(bearer: text)
            let used = try await database.read { try ApiTokenRepository($0).token(id, in: .unrestricted) }
            #expect(used?.lastUsedAt == Self.start.addingTimeInterval(90))

            // Revoke through the API: refused from then on.
            let revoked = await world.run("mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }", as: member, variables: ["id": .string(id.rawValue)])
            #expect(revoked.errors.isEmpty)
            #expect(revoked.data?["revokeApiToken"]?["revokedAt"] != .null)
            #expect(try await Self.authenticator(world, at: Self.start.addingTimeInterval(100)).authenticate(bearer: text) == .refused(.revoked))
        }
    }

    @Test(arguments: TestBackend.all)
    func expiredTokensAndDeactivatedUsersAreRefused(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let (text, _) = try await Self.createToken(world, as: world.a.spare, expiresAt: "2027-01-15T10:00:00-06:00")
            let expiry = try #require(Timestamp.parse("2027-01-15T16:00:00Z"))
            #expect(try await Self.authenticator(world, at: expiry.addingTimeInterval(-1)).authenticate(bearer: text) == .caller(Caller(world.a.spare)!))
            #expect(try await Self.authenticator(world, at: expiry).authenticate(bearer: text) == .refused(.expired))

            let (other, _) = try await Self.createToken(world, as: world.a.spare)
            #expect(try await Self.authenticator(world, at: Self.start).authenticate(bearer: other) == .caller(Caller(world.a.spare)!))
            _ = await world.run("mutation($id: ID!) { deactivateUser(id: $id) { id } }", as: world.a.owner, variables: ["id": .string(world.a.spare.id.rawValue)])
            #expect(try await Self.authenticator(world, at: Self.start).authenticate(bearer: other) == .refused(.deactivated))

            let past = await world.run(
                "mutation { createApiToken(input: {name: \"x\", expiresAt: \"2020-01-01T00:00:00Z\"}) { token } }", as: world.a.member, now: Self.start)
            #expect(past.errors.first?.extensions["field"] == "expiresAt")
        }
    }

    @Test(arguments: TestBackend.all)
    func jwtSubjectsAreMatchedToExternalIds(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            var linked = world.a.admin
            linked.externalID = "auth0|adan"
            let update = linked
            _ = try await database.write { try UserRepository($0).update(update, in: .unrestricted) }
            let authenticator = Self.authenticator(world, at: Self.start, jwt: true)
            let valid = TestJWT.token(subject: "auth0|adan", expires: Self.start.addingTimeInterval(300))
            #expect(try await authenticator.authenticate(authorization: "Bearer \(valid)") == .caller(Caller(linked)!))
            let stranger = TestJWT.token(subject: "auth0|nobody", expires: Self.start.addingTimeInterval(300))
            #expect(try await authenticator.authenticate(bearer: stranger) == .refused(.unknownSubject))
            // Without a configured provider a JWT opens nothing.
            #expect(try await Self.authenticator(world, at: Self.start).authenticate(bearer: valid) == .refused(.jwtNotConfigured))
            let linkedID = linked.id
            _ = try await database.write { _ = try UserRepository($0).deactivate(linkedID, at: Self.start, in: .unrestricted) }
            #expect(try await authenticator.authenticate(bearer: valid) == .refused(.deactivated))
        }
    }

    /// Malformed, unknown, revoked, expired, wrong signature, `alg: none`, wrong issuer, not yet
    /// valid: every one is a refusal; the reason is for the log only.
    @Test(arguments: TestBackend.all)
    func everyBadCredentialIsRefused(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            var linked = world.a.admin
            linked.externalID = "auth0|adan"
            let update = linked
            _ = try await database.write { try UserRepository($0).update(update, in: .unrestricted) }
            let (revokedText, revokedID) = try await Self.createToken(world, as: world.a.member)
            _ = await world.run("mutation($id: ID!) { revokeApiToken(id: $id) { id } }", as: world.a.member, variables: ["id": .string(revokedID.rawValue)])
            let (expiringText, _) = try await Self.createToken(world, as: world.a.member, expiresAt: "2027-03-01T00:00:00Z")
            let later = try #require(Timestamp.parse("2027-06-01T00:00:00Z"))
            let expires = later.addingTimeInterval(300)
            let unknown = try ApiTokenSecret.generate().text
            let cases: [(String?, TokenRefusal)] = [
                (nil, .missing),
                ("Basic dXNlcjpwYXNz", .missing),
                ("Bearer", .missing),
                ("Bearer garbage", .malformed),
                ("Bearer clt_12345678_short", .malformed),
                ("Bearer \(unknown)", .unknownToken),
                ("Bearer \(revokedText)", .revoked),
                ("Bearer \(expiringText)", .expired),
                ("Bearer \(TestJWT.token(subject: "auth0|adan", expires: expires, secret: Array("another-secret-that-is-long-enough!!".utf8)))", .invalidJWT(.badSignature)),
                ("Bearer \(TestJWT.token(subject: "auth0|adan", expires: expires, alg: "none", signed: false))", .invalidJWT(.unsupportedAlgorithm)),
                ("Bearer \(TestJWT.token(subject: "auth0|adan", expires: expires, alg: "RS256"))", .invalidJWT(.unsupportedAlgorithm)),
                ("Bearer \(TestJWT.token(subject: "auth0|adan", issuer: "https://evil.example/", expires: expires))", .invalidJWT(.wrongIssuer)),
                ("Bearer \(TestJWT.token(subject: "auth0|adan", audience: "someone-else", expires: expires))", .invalidJWT(.wrongAudience)),
                ("Bearer \(TestJWT.token(subject: "auth0|adan", expires: later.addingTimeInterval(-1)))", .invalidJWT(.expired)),
                ("Bearer \(TestJWT.token(subject: "auth0|adan", expires: expires, notBefore: later.addingTimeInterval(60)))", .invalidJWT(.notYetValid)),
            ]
            let authenticator = Self.authenticator(world, at: later, jwt: true)
            for (header, reason) in cases {
                #expect(try await authenticator.authenticate(authorization: header) == .refused(reason), "\(header ?? "no header")")
            }
            // The same credentials, well formed, are accepted: the refusals above are the checks.
            #expect(try await authenticator.authenticate(bearer: TestJWT.token(subject: "auth0|adan", expires: expires)) == .caller(Caller(linked)!))
        }
    }

    @Test(arguments: TestBackend.all)
    func theCommandLineIssuesTokensByEmail(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let created = try await TokenIssuer.issue(forEmail: " RITA@luna.mx ", name: "sync", database: database)
            #expect(created.apiToken.userID == world.a.reseller.id)
            #expect(try await Self.authenticator(world, at: Date()).authenticate(bearer: created.token) == .caller(Caller(world.a.reseller)!))
            await #expect(throws: TokenIssueError.unknownUser("nobody@luna.mx")) {
                try await TokenIssuer.issue(forEmail: "nobody@luna.mx", name: "sync", database: database)
            }
            await #expect(throws: TokenIssueError.badName) {
                try await TokenIssuer.issue(forEmail: "rita@luna.mx", name: "  ", database: database)
            }
        }
    }
}
