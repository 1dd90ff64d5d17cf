import Crypto
import Foundation
import Gateway
import GraphQL
import HTTPServer
import Storage
import Synchronization
import Tenancy
import Testing

/// Bad credentials over HTTP: malformed, unknown, revoked, expired, wrong signature, `alg: none`,
/// wrong issuer, missing, doubled. Every one answers 401 UNAUTHENTICATED with the same body; the
/// reason only reaches the log. A good token runs the request as its user.
@Suite struct TenancyAuthenticatorTests {
    static let secret = Array("an-identity-provider-secret-of-32-bytes+".utf8)
    static let issuer = "https://id.example.com/"

    static func jwt(alg: String = "HS256", issuer: String = issuer, secret: [UInt8] = secret, signed: Bool = true) -> String {
        let header = Base64URL.encode(Array(#"{"alg":"\#(alg)","typ":"JWT"}"#.utf8))
        let exp = Int(Date().timeIntervalSince1970) + 600
        let claims = Base64URL.encode(Array(#"{"sub":"idp|admin","iss":"\#(issuer)","aud":"clientela","exp":\#(exp)}"#.utf8))
        let input = header + "." + claims
        return input + "." + (signed ? Base64URL.encode(HMACSHA256.authenticationCode(key: secret, message: Array(input.utf8))) : "")
    }

    @Test func everyBadCredentialAnswersTheSame401() async throws {
        let database = try await SQLiteDatabase(.memory)
        try await ClientelaMigrations.migrator().migrate(database)
        let admin = try #require(try await SuperAdminBootstrap(database: database).run())
        var linked = admin.user
        linked.externalID = "idp|admin"
        let update = linked
        _ = try await database.write { try UserRepository($0).update(update, in: .unrestricted) }
        let revoked = try await TokenIssuer.issue(forEmail: "admin@localhost", name: "old", database: database)
        _ = try await database.write { try ApiTokenRepository($0).revoke(revoked.apiToken.id, at: Date(), in: .unrestricted) }
        let expired = try await TokenIssuer.issue(
            forEmail: "admin@localhost", name: "short", expiresAt: Date().addingTimeInterval(-1), database: database, now: Date().addingTimeInterval(-60))

        let lines = Mutex<[String]>([])
        let verifier = JWTVerifier(JWTConfiguration(issuer: Self.issuer, audience: "clientela", key: .hs256(secret: Self.secret)))
        let authenticator = TenancyAuthenticator(
            tokens: TokenAuthenticator(database: database, jwt: verifier), log: { line in lines.withLock { $0.append(line) } })
        let handler = GatewayHandler(
            engine: Engine(schema: try ClientelaSchema.build()), authenticator: authenticator, readiness: { true },
            metrics: ServerMetrics(databaseStatements: { 0 }), accessLog: .disabled)
        func post(_ authorization: [String]) async -> HTTPResponse {
            var headers = HTTPHeaders([("Content-Type", "application/json")])
            for value in authorization { headers.add("Authorization", value) }
            let body = Array(#"{"query":"{ viewer { email role } }"}"#.utf8)
            return await handler.handle(HTTPRequest(method: "POST", target: "/graphql", headers: headers, body: body))
        }

        let bad: [[String]] = [
            [],
            ["Bearer"],
            ["Basic YWRtaW46YWRtaW4="],
            ["Bearer not-a-token"],
            ["Bearer \(try ApiTokenSecret.generate().text)"],
            ["Bearer \(revoked.token)"],
            ["Bearer \(expired.token)"],
            ["Bearer \(Self.jwt(secret: Array("a-different-secret-that-is-long-enough".utf8)))"],
            ["Bearer \(Self.jwt(alg: "none", signed: false))"],
            ["Bearer \(Self.jwt(issuer: "https://evil.example/"))"],
            ["Bearer \(admin.token.token)", "Bearer \(admin.token.token)"],
        ]
        var bodies: Set<String> = []
        for authorization in bad {
            let response = await post(authorization)
            #expect(response.status.code == 401, "\(authorization)")
            #expect(response.errorCodes == ["UNAUTHENTICATED"])
            #expect(response.headers["WWW-Authenticate"] == "Bearer")
            bodies.insert(response.text)
        }
        #expect(bodies.count == 1, "\(bodies)")
        let logged = lines.withLock { $0 }
        #expect(logged.count == bad.count)
        #expect(logged.allSatisfy { !$0.contains(admin.token.token) && !$0.contains(revoked.token) })
        #expect(logged.contains { $0.contains("revoked API token") })

        for good in [admin.token.token, Self.jwt()] {
            let response = await post(["Bearer \(good)"])
            #expect(response.status.code == 200)
            #expect(response.json?["data"] == ["viewer": ["email": "admin@localhost", "role": "SUPER_ADMIN"]])
        }
        await database.close()
    }
}
