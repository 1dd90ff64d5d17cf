import ClientelaCommand
import Crypto
import Foundation
import Testing

/// `serve` in-process with an identity provider configured in its environment: a user linked to
/// the provider (its `externalId`) calls with the provider's JSON Web Token.
@Suite struct ServeAccessTests {
    static let issuer = "https://id.example.com/"
    static let audience = "clientela"
    static let secret = "a-shared-secret-of-at-least-32-bytes-for-hs256"

    /// An HS256 token for `subject`, valid for ten minutes.
    static func jwt(subject: String, secret: String = secret) -> String {
        let header = Base64URL.encode(Array(#"{"alg":"HS256","typ":"JWT"}"#.utf8))
        let expires = Int(Date().timeIntervalSince1970) + 600
        let claims = Base64URL.encode(Array(#"{"sub":"\#(subject)","iss":"\#(issuer)","aud":"\#(audience)","exp":\#(expires)}"#.utf8))
        let input = header + "." + claims
        return input + "." + Base64URL.encode(HMACSHA256.authenticationCode(key: Array(secret.utf8), message: Array(input.utf8)))
    }

    @Test func acceptsTheConfiguredIdentityProvidersTokens() async throws {
        let folder = try TemporaryFolder()
        let console = RecordingConsole()
        let shutdown = ManualShutdown()
        let environment = [
            "CLIENTELA_JWT_ISSUER": Self.issuer, "CLIENTELA_JWT_AUDIENCE": Self.audience, "CLIENTELA_JWT_HS256_SECRET": Self.secret,
        ]
        let task = Task {
            await ClientelaCommand.run(
                ["serve", "--port", "0", "--database", folder.path + "/idp.sqlite"], environment: environment, console: console,
                shutdown: { shutdown })
        }
        let started = try await firstStart(of: console)
        let (port, adminToken) = try #require(started, "no start: \(console.output) \(console.error)")

        func post(_ body: String, token: String) async throws -> HTTPTestResponse? {
            try await HTTPTestConnection.exchange(port: port, HTTPTestConnection.graphQLRequest(body, token: token))
        }
        let create = #"{"query":"mutation { createUser(input: {firstName: \"Ida\", lastName: \"Plata\", email: \"ida@clientela.dev\", role: PLATFORM_ADMIN, externalId: \"idp|ida\"}) { email } }"}"#
        #expect(try await post(create, token: adminToken)?.body == #"{"data":{"createUser":{"email":"ida@clientela.dev"}}}"#)

        let viewer = #"{"query":"{ viewer { email role } }"}"#
        #expect(try await post(viewer, token: Self.jwt(subject: "idp|ida"))?.body == #"{"data":{"viewer":{"email":"ida@clientela.dev","role":"PLATFORM_ADMIN"}}}"#)
        #expect(try await post(viewer, token: Self.jwt(subject: "idp|ida", secret: "another-secret-of-at-least-32-bytes-long!!"))?.status == 401)
        #expect(try await post(viewer, token: Self.jwt(subject: "idp|nobody"))?.status == 401)

        shutdown.pull()
        #expect(await task.value == .success)
    }
}
