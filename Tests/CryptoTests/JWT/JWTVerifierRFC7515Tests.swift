import Crypto
import Foundation
import Testing

/// The signed examples of RFC 7515 appendix A.1 (HS256) and A.2 (RS256).
///
/// Their claims have `iss: "joe"` and `exp: 1300819380` but no `aud` and no `sub`, so a verifier
/// configured for issuer "joe" must get past the algorithm and the signature and stop at the
/// audience: that proves the signature check accepts a token signed elsewhere.
@Suite struct JWTVerifierRFC7515Tests {
    private static let beforeExpiry = Date(timeIntervalSince1970: 1_300_819_000)

    private static let hs256Token = "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
        + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
        + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    private static let hs256Key = "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"

    private static let rs256Token = "eyJhbGciOiJSUzI1NiJ9"
        + ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
        + ".cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4"
        + "BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-eOkHWEsqtFZESc6BfI7noOPqv"
        + "hJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_IoypGlUPQGe77Rw"

    private func refusal(_ token: String, _ key: JWTKey, issuer: String = "joe", at now: Date = beforeExpiry) -> JWTError? {
        do {
            _ = try JWTVerifier(JWTConfiguration(issuer: issuer, audience: "clientela", key: key)).verify(token, now: now)
            return nil
        } catch {
            return error
        }
    }

    @Test func theHS256ExampleVerifiesAndStopsAtTheMissingAudience() throws {
        let key = JWTKey.hs256(secret: try #require(Base64URL.decode(Self.hs256Key)))
        #expect(refusal(Self.hs256Token, key) == .wrongAudience)
        #expect(refusal(Self.hs256Token, key, issuer: "jane") == .wrongIssuer)
        #expect(refusal(Self.hs256Token, .hs256(secret: Array(Self.hs256Key.utf8))) == .badSignature)
    }

    @Test func theRS256ExampleVerifiesAndStopsAtTheMissingAudience() throws {
        let key = JWTKey.rs256(try RSAPublicKey(pem: Fixture.text("rfc7515-a2-public")))
        #expect(refusal(Self.rs256Token, key) == .wrongAudience)
        let otherKey = JWTKey.rs256(try RSAPublicKey(pem: Fixture.text("rsa-2048-public")))
        #expect(refusal(Self.rs256Token, otherKey) == .badSignature)
    }

    @Test func theRS256ExampleSignatureChecksDirectly() throws {
        let key = try RSAPublicKey(pem: Fixture.text("rfc7515-a2-public"))
        let parts = Self.rs256Token.split(separator: ".")
        let signature = try #require(Base64URL.decode(parts[2]))
        #expect(key.verifySHA256(signature: signature, message: Array("\(parts[0]).\(parts[1])".utf8)))
    }

    @Test func theExamplesAreRefusedByTheOtherAlgorithm() throws {
        let rsa = JWTKey.rs256(try RSAPublicKey(pem: Fixture.text("rfc7515-a2-public")))
        let hmac = JWTKey.hs256(secret: try #require(Base64URL.decode(Self.hs256Key)))
        #expect(refusal(Self.hs256Token, rsa) == .unsupportedAlgorithm)
        #expect(refusal(Self.rs256Token, hmac) == .unsupportedAlgorithm)
    }
}
