import Foundation
import Gateway
import GraphQL
import HTTPServer
import Storage
import Tenancy
import Testing

/// Credentials at the HTTP door: every bad one answers exactly alike, good ones get in as their
/// user, and the log says who called (and why a refusal happened) but never holds a token.
@Suite struct TenancyAuthenticatorTests {
    /// One way of presenting bad credentials, and the reason the log must give.
    struct BadCredential: Sendable, CustomTestStringConvertible {
        let name: String
        let reason: String
        let authorization: @Sendable (AccessWorld) -> [String]

        var testDescription: String { name }
    }

    static let badCredentials: [BadCredential] = [
        BadCredential(name: "no header", reason: "no bearer token") { _ in [] },
        BadCredential(name: "wrong scheme", reason: "no bearer token") { _ in ["Basic \(Data("mia:secret".utf8).base64EncodedString())"] },
        BadCredential(name: "token without scheme", reason: "no bearer token") { [$0.a.member.token] },
        BadCredential(name: "empty", reason: "no bearer token") { _ in [""] },
        BadCredential(name: "empty bearer", reason: "no bearer token") { _ in ["Bearer "] },
        BadCredential(name: "malformed", reason: "malformed token") { _ in ["Bearer not-a-token"] },
        BadCredential(name: "malformed API token", reason: "malformed token") { _ in ["Bearer clt_1234_short"] },
        BadCredential(name: "unknown API token", reason: "unknown API token") { world in
            // The shape of a real token with one character of the secret changed.
            var text = Array(world.a.member.token)
            text[text.count - 1] = text[text.count - 1] == "A" ? "B" : "A"
            return ["Bearer \(String(text))"]
        },
        BadCredential(name: "revoked API token", reason: "revoked API token") { ["Bearer \($0.revokedToken)"] },
        BadCredential(name: "expired API token", reason: "expired API token") { ["Bearer \($0.expiredToken)"] },
        BadCredential(name: "deactivated user's API token", reason: "deactivated user") { ["Bearer \($0.deactivatedUsersToken)"] },
        BadCredential(name: "two Authorization fields", reason: "more than one Authorization field") {
            [$0.a.member.authorization, $0.a.owner.authorization]
        },
        BadCredential(name: "JWT with a wrong signature", reason: "invalid JWT") { _ in
            ["Bearer " + AccessWorld.jwt(subject: AccessWorld.memberSubject, secret: Array("another-secret-of-enough-length-0123456".utf8))]
        },
        BadCredential(name: "JWT with alg none", reason: "invalid JWT") { _ in
            ["Bearer " + AccessWorld.jwt(subject: AccessWorld.memberSubject, alg: "none", signed: false)]
        },
        BadCredential(name: "JWT claiming RS256", reason: "invalid JWT") { _ in
            ["Bearer " + AccessWorld.jwt(subject: AccessWorld.memberSubject, alg: "RS256")]
        },
        BadCredential(name: "JWT claiming HS512", reason: "invalid JWT") { _ in
            ["Bearer " + AccessWorld.jwt(subject: AccessWorld.memberSubject, alg: "HS512")]
        },
        BadCredential(name: "JWT from another issuer", reason: "invalid JWT") { _ in
            ["Bearer " + AccessWorld.jwt(subject: AccessWorld.memberSubject, issuer: "https://evil.example.com/")]
        },
        BadCredential(name: "JWT for another audience", reason: "invalid JWT") { _ in
            ["Bearer " + AccessWorld.jwt(subject: AccessWorld.memberSubject, audience: "another-api")]
        },
        BadCredential(name: "expired JWT", reason: "invalid JWT") { _ in
            ["Bearer " + AccessWorld.jwt(subject: AccessWorld.memberSubject, expires: Date().addingTimeInterval(-60))]
        },
        BadCredential(name: "JWT not yet valid", reason: "invalid JWT") { _ in
            ["Bearer " + AccessWorld.jwt(subject: AccessWorld.memberSubject, notBefore: Date().addingTimeInterval(600))]
        },
        BadCredential(name: "JWT of an unknown subject", reason: "JWT subject matches no user") { _ in
            ["Bearer " + AccessWorld.jwt(subject: "idp|nobody")]
        },
        BadCredential(name: "JWT of a deactivated user", reason: "deactivated user") { _ in
            ["Bearer " + AccessWorld.jwt(subject: AccessWorld.deactivatedSubject)]
        },
    ]

    /// What a request with no credential at all answers: the reference every refusal must equal.
    private static func reference(_ world: AccessWorld) async -> HTTPResponse {
        await world.post("{ viewer { id email } }", authorization: nil, requestId: "same-id")
    }

    @Test(arguments: badCredentials)
    func everyBadCredentialAnswers401ExactlyLikeNoCredential(_ credential: BadCredential) async throws {
        let world = try await AccessWorld.make()
        let reference = await Self.reference(world)
        var headers = HTTPHeaders([("Content-Type", "application/json"), ("X-Request-Id", "same-id")])
        for value in credential.authorization(world) { headers.add("Authorization", value) }
        let response = await world.handler.handle(HTTPRequest(
            method: "POST", target: "/graphql", headers: headers, body: Array(#"{"query":"{ viewer { id email } }"}"#.utf8)))

        #expect(response.status == .unauthorized)
        #expect(response.headers["WWW-Authenticate"] == "Bearer")
        #expect(response.errorCodes == ["UNAUTHENTICATED"])
        #expect(response.json?["data"] == nil)
        #expect(response.text == reference.text)
        #expect(response.headers["Content-Type"] == reference.headers["Content-Type"])
        #expect(!response.text.contains("viewer") && !response.text.contains("@luna.mx"))

        let refusals = world.log.objects.filter { $0["event"] == "authenticationRefused" && $0["requestId"] == "same-id" }
        #expect(refusals.count == 2)
        let reason = try #require(refusals.last?["reason"]?.stringValue)
        #expect(reason.hasPrefix(credential.reason), "logged \(reason)")
        let request = try #require(world.log.requests.last)
        #expect(request["status"] == 401 && request["userId"] == .null)
    }

    @Test func theReferenceRefusalIsA401UnauthenticatedError() async throws {
        let world = try await AccessWorld.make()
        let response = await Self.reference(world)
        #expect(response.status == .unauthorized)
        #expect(response.json == [
            "errors": [["message": .string(TenancyAuthenticator.refusalMessage), "extensions": ["code": "UNAUTHENTICATED"]]],
        ])
    }

    @Test func aGoodAPITokenGetsInAsItsUser() async throws {
        let world = try await AccessWorld.make()
        let response = await world.post("{ viewer { id email role organization { slug } } }", as: world.a.admin)
        #expect(response.status == .ok)
        #expect(response.json == ["data": ["viewer": [
            "id": .string(world.a.admin.user.id.rawValue), "email": "adan@luna.mx", "role": "ORG_ADMIN",
            "organization": ["slug": "agencia-luna"],
        ]]])
    }

    @Test func theSchemeIsCaseInsensitive() async throws {
        let world = try await AccessWorld.make()
        let response = await world.post("{ viewer { id } }", authorization: "bearer  \(world.b.owner.token)")
        #expect(response.json?["data"]?["viewer"]?["id"] == .string(world.b.owner.user.id.rawValue))
    }

    @Test func aGoodJWTGetsInAsTheUserWithItsSubject() async throws {
        let world = try await AccessWorld.make()
        let token = AccessWorld.jwt(subject: AccessWorld.memberSubject, notBefore: Date().addingTimeInterval(-60))
        let response = await world.post("{ viewer { id email role } }", authorization: "Bearer \(token)")
        #expect(response.status == .ok)
        #expect(response.json == ["data": ["viewer": [
            "id": .string(world.a.member.user.id.rawValue), "email": "mia@luna.mx", "role": "ORG_MEMBER",
        ]]])
        #expect(world.log.requests.last?["userId"] == .string(world.a.member.user.id.rawValue))
    }

    @Test func aDeactivationStopsTheUsersTokensAtOnce() async throws {
        let world = try await AccessWorld.make()
        #expect(await world.post("{ viewer { id } }", as: world.a.spare).status == .ok)
        let deactivated = await world.post(
            "mutation($id: ID!) { deactivateUser(id: $id) { active } }", as: world.a.owner,
            variables: [("id", .string(world.a.spare.user.id.rawValue))])
        #expect(deactivated.json == ["data": ["deactivateUser": ["active": false]]])
        let after = await world.post("{ viewer { id } }", as: world.a.spare)
        #expect(after.status == .unauthorized)
        #expect(world.log.objects.last { $0["event"] == "authenticationRefused" }?["reason"] == "deactivated user")
    }

    @Test func aRevokedTokenStopsWorkingAtOnce() async throws {
        let world = try await AccessWorld.make()
        let revoked = await world.post(
            "mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }", as: world.b.admin,
            variables: [("id", .string(world.b.admin.tokenID.rawValue))])
        #expect(revoked.status == .ok && revoked.errorCodes.isEmpty)
        #expect(await world.post("{ viewer { id } }", as: world.b.admin).status == .unauthorized)
    }

    @Test func theLogNamesTheCallerAndNeverHoldsAToken() async throws {
        let world = try await AccessWorld.make()
        let jwt = AccessWorld.jwt(subject: AccessWorld.memberSubject)
        _ = await world.post("query Who { viewer { id } }", as: world.a.reseller, requestId: "who-1")
        _ = await world.post("{ viewer { id } }", authorization: "Bearer \(jwt)", requestId: "who-2")
        _ = await world.post("{ viewer { id } }", authorization: "Bearer \(world.revokedToken)", requestId: "who-3")
        _ = await world.post("{ viewer { id } }", authorization: "Bearer " + AccessWorld.jwt(subject: "idp|nobody"), requestId: "who-4")

        let lines = world.log.requests
        #expect(lines.first { $0["requestId"] == "who-1" }?["userId"] == .string(world.a.reseller.user.id.rawValue))
        #expect(lines.first { $0["requestId"] == "who-1" }?["operationName"] == "Who")
        #expect(lines.first { $0["requestId"] == "who-2" }?["userId"] == .string(world.a.member.user.id.rawValue))
        #expect(lines.first { $0["requestId"] == "who-3" }?["userId"] == .null)
        let secrets = [world.a.reseller.token, world.revokedToken, jwt] + [jwt, world.revokedToken].map { String($0.suffix(20)) }
        for line in world.log.all {
            for secret in secrets { #expect(!line.contains(secret), "\(line)") }
            #expect(!line.contains("Bearer"), "\(line)")
        }
    }

    @Test func theProbesTheMetricsAndTheExplorerNeedNoToken() async throws {
        let world = try await AccessWorld.make()
        for path in ["/", "/healthz", "/readyz", "/metrics"] {
            let response = await world.handler.handle(HTTPRequest(method: "GET", target: path, headers: [:]))
            #expect(response.status == .ok, "\(path)")
        }
        #expect(world.log.objects.filter { $0["event"] == "authenticationRefused" }.isEmpty)
    }

    @Test func storageThatCannotBeReadIsAnOutageNotARefusal() async throws {
        let world = try await AccessWorld.make()
        await world.database.close()
        let response = await world.post("{ viewer { id } }", as: world.a.owner, requestId: "down-1")
        #expect(response.status == .serviceUnavailable)
        #expect(response.errorCodes == ["INTERNAL_SERVER_ERROR"])
        #expect(response.headers["WWW-Authenticate"] == nil)
        #expect(world.log.objects.contains { $0["event"] == "internalError" && $0["requestId"] == "down-1" })
    }
}
