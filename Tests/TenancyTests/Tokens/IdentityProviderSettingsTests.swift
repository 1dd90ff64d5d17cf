import Crypto
import Foundation
import Tenancy
import Testing

@Suite struct IdentityProviderSettingsTests {
    static let base = ["CLIENTELA_JWT_ISSUER": TestJWT.issuer, "CLIENTELA_JWT_AUDIENCE": TestJWT.audience]

    @Test func noVariableMeansNoProvider() throws {
        #expect(try IdentityProviderSettings.verifier(environment: ["HOME": "/root"]) == nil)
    }

    @Test func anHS256SecretMakesAVerifierOfThatAlgorithm() throws {
        var environment = Self.base
        environment["CLIENTELA_JWT_HS256_SECRET"] = String(decoding: TestJWT.secret, as: UTF8.self)
        environment["CLIENTELA_JWT_LEEWAY_SECONDS"] = "0"
        let verifier = try #require(try IdentityProviderSettings.verifier(environment: environment))
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let claims = try verifier.verify(TestJWT.token(subject: "auth0|x", expires: now.addingTimeInterval(60)), now: now)
        #expect(claims.subject == "auth0|x")
        #expect(throws: JWTError.unsupportedAlgorithm) {
            try verifier.verify(TestJWT.token(subject: "auth0|x", expires: now.addingTimeInterval(60), alg: "RS256"), now: now)
        }
    }

    @Test func halfOrContradictorySettingsStopTheStart() {
        let cases: [[String: String]] = [
            ["CLIENTELA_JWT_ISSUER": "https://id.example.com/"],
            Self.base,
            Self.base.merging(["CLIENTELA_JWT_HS256_SECRET": "too-short"]) { $1 },
            Self.base.merging(["CLIENTELA_JWT_HS256_SECRET": String(repeating: "s", count: 40), "CLIENTELA_JWT_RS256_PUBLIC_KEY_FILE": "/k.pem"]) { $1 },
            Self.base.merging(["CLIENTELA_JWT_RS256_PUBLIC_KEY_FILE": "/nonexistent/key.pem"]) { $1 },
            Self.base.merging(["CLIENTELA_JWT_HS256_SECRET": String(repeating: "s", count: 40), "CLIENTELA_JWT_LEEWAY_SECONDS": "soon"]) { $1 },
        ]
        for environment in cases {
            #expect(throws: IdentityProviderSettingsError.self, "\(environment)") {
                try IdentityProviderSettings.verifier(environment: environment)
            }
        }
    }
}
