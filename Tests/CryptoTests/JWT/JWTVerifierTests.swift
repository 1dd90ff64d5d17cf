import Crypto
import Foundation
import GraphQL
import Testing

/// Tokens we sign in the tests, each refused for one reason, and a good one accepted.
@Suite struct JWTVerifierTests {
    private static let issuer = "https://id.example.com/"
    private static let secret = Array("a test secret of thirty-two bytes or more".utf8)
    private static let now = Date(timeIntervalSince1970: TimeInterval(TestClock.now))

    private let rsaSigner: TestSigner
    private let rsaVerifier: JWTVerifier
    private let hmacSigner = TestSigner.hs256(secret: secret)
    private let hmacVerifier = JWTVerifier(JWTConfiguration(issuer: issuer, audience: "clientela", key: .hs256(secret: secret)))
    private let publicKeyPEM: String

    init() throws {
        publicKeyPEM = try Fixture.text("rsa-2048-public")
        rsaSigner = try .rs256(privateKeyPEM: Fixture.text("rsa-2048-private"))
        rsaVerifier = try JWTVerifier(JWTConfiguration(
            issuer: Self.issuer, audience: "clientela", key: .rs256(RSAPublicKey(pem: publicKeyPEM))
        ))
    }

    private func refusal(_ token: String, by verifier: JWTVerifier, at now: Date = now) -> JWTError? {
        do {
            _ = try verifier.verify(token, now: now)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Accepted

    @Test func acceptsAGoodRS256TokenWithItsClaims() throws {
        let token = try TestToken.make(
            claims: #"{"iss":"https://id.example.com/","aud":["other","clientela"],"sub":"user-42","#
                + #""exp":1735693200,"nbf":1735689000,"iat":1735689500.5,"email":"a@example.com"}"#,
            signer: rsaSigner
        )
        let claims = try rsaVerifier.verify(token, now: Self.now)
        #expect(claims.subject == "user-42")
        #expect(claims.issuer == Self.issuer)
        #expect(claims.audience == ["other", "clientela"])
        #expect(claims.expiresAt == Date(timeIntervalSince1970: 1_735_693_200))
        #expect(claims.notBefore == Date(timeIntervalSince1970: 1_735_689_000))
        #expect(claims.issuedAt == Date(timeIntervalSince1970: 1_735_689_500.5))
        #expect(claims.all["email"] == .string("a@example.com"))
        #expect(claims.all["exp"] == .int(1_735_693_200))
        #expect(claims.all.count == 7)
    }

    @Test func acceptsAGoodHS256TokenWithAStringAudience() throws {
        let token = try TestToken.make(claims: TestToken.claims(), signer: hmacSigner)
        let claims = try hmacVerifier.verify(token, now: Self.now)
        #expect(claims.subject == "user-42")
        #expect(claims.audience == ["clientela"])
        #expect(claims.notBefore == nil)
    }

    @Test func acceptsAPKCS1KeyLikeItsSubjectPublicKeyInfo() throws {
        let verifier = try JWTVerifier(JWTConfiguration(
            issuer: Self.issuer, audience: "clientela",
            key: .rs256(RSAPublicKey(pem: Fixture.text("rsa-2048-public-pkcs1")))
        ))
        let token = try TestToken.make(claims: TestToken.claims(), signer: rsaSigner)
        #expect(try verifier.verify(token, now: Self.now).subject == "user-42")
    }

    // MARK: Algorithm

    @Test func refusesAlgNone() throws {
        let header = Base64URL.encode(Array(#"{"alg":"none","typ":"JWT"}"#.utf8))
        let claims = Base64URL.encode(Array(TestToken.claims().utf8))
        for token in ["\(header).\(claims).", "\(header).\(claims)"] {
            let expected: JWTError = token.hasSuffix(".") ? .unsupportedAlgorithm : .malformed(.structure)
            #expect(refusal(token, by: rsaVerifier) == expected)
            #expect(refusal(token, by: hmacVerifier) == expected)
        }
    }

    /// The classic confusion: HS256 with the RSA public key's PEM as the HMAC secret.
    @Test func refusesHS256SignedWithTheRSAPublicKey() throws {
        let forged = try TestToken.make(claims: TestToken.claims(), signer: .hs256(secret: Array(publicKeyPEM.utf8)))
        #expect(refusal(forged, by: rsaVerifier) == .unsupportedAlgorithm)
    }

    @Test func refusesRS256WhenHS256IsConfigured() throws {
        let token = try TestToken.make(claims: TestToken.claims(), signer: rsaSigner)
        #expect(refusal(token, by: hmacVerifier) == .unsupportedAlgorithm)
    }

    @Test(arguments: [#"{"alg":"hs256"}"#, #"{"alg":"HS512"}"#, #"{"alg":"HS256 "}"#, #"{"typ":"JWT"}"#, #"{"alg":["HS256"]}"#, #"{"alg":null}"#])
    func refusesAnyOtherAlgValue(header: String) throws {
        let token = try TestToken.make(header: header, claims: TestToken.claims(), signer: hmacSigner)
        #expect(refusal(token, by: hmacVerifier) == .unsupportedAlgorithm)
    }

    @Test func refusesACritHeader() throws {
        let token = try TestToken.make(
            header: #"{"alg":"RS256","crit":["exp"],"exp":1}"#, claims: TestToken.claims(), signer: rsaSigner
        )
        #expect(refusal(token, by: rsaVerifier) == .malformed(.criticalHeader))
    }

    // MARK: Signature

    @Test func refusesABadSignature() throws {
        let token = try TestToken.make(claims: TestToken.claims(), signer: rsaSigner)
        var signature = try #require(Base64URL.decode(token.split(separator: ".")[2]))
        signature[0] ^= 0x01
        let tampered = token.split(separator: ".")[0...1].joined(separator: ".") + "." + Base64URL.encode(signature)
        #expect(refusal(tampered, by: rsaVerifier) == .badSignature)

        let otherKey = try TestToken.make(claims: TestToken.claims(), signer: .rs256(privateKeyPEM: Fixture.text("rsa-2048-other-private")))
        #expect(refusal(otherKey, by: rsaVerifier) == .badSignature)

        // Not `secret + [0]`: HMAC pads short keys with zeros, so that is the same key.
        let otherSecret = try TestToken.make(claims: TestToken.claims(), signer: .hs256(secret: Self.secret + [1]))
        #expect(refusal(otherSecret, by: hmacVerifier) == .badSignature)
    }

    /// Claims swapped in after signing: the signature covers them, so they are never read.
    @Test func refusesClaimsChangedAfterSigning() throws {
        let token = try TestToken.make(claims: TestToken.claims(), signer: hmacSigner)
        let parts = token.split(separator: ".")
        let forgedClaims = Base64URL.encode(Array(TestToken.claims(subject: "admin").utf8))
        #expect(refusal("\(parts[0]).\(forgedClaims).\(parts[2])", by: hmacVerifier) == .badSignature)
    }

    @Test func checksTheSignatureBeforeAnyClaim() throws {
        let expired = try TestToken.make(claims: TestToken.claims(expiresAt: TestClock.now - 3600), signer: .hs256(secret: [1, 2, 3]))
        #expect(refusal(expired, by: hmacVerifier) == .badSignature)
        let notJSON = try TestToken.make(header: #"{"alg":"HS256"}"#, claims: "not json", signer: .hs256(secret: [1]))
        #expect(refusal(notJSON, by: hmacVerifier) == .badSignature)
    }

    // MARK: Structure

    @Test func refusesTruncatedAndExtraDotTokens() throws {
        let token = try TestToken.make(claims: TestToken.claims(), signer: rsaSigner)
        #expect(refusal(String(token.dropLast(10)), by: rsaVerifier) == .badSignature)
        #expect(refusal(String(token.dropLast(1)), by: rsaVerifier) != nil)
        #expect(refusal(String(token[..<token.lastIndex(of: ".")!]), by: rsaVerifier) == .malformed(.structure))
        #expect(refusal(token + ".", by: rsaVerifier) == .malformed(.structure))
        #expect(refusal(token + ".e30", by: rsaVerifier) == .malformed(.structure))
        #expect(refusal("", by: rsaVerifier) == .malformed(.structure))
        #expect(refusal("..", by: rsaVerifier) == .malformed(.notJSONObject(.header)))
        #expect(refusal(String(repeating: "A", count: JWTVerifier.maximumTokenBytes + 1), by: rsaVerifier) == .malformed(.structure))
    }

    @Test func refusesPartsThatAreNotStrictBase64URL() throws {
        let token = try TestToken.make(claims: TestToken.claims(), signer: hmacSigner)
        let parts = token.split(separator: ".").map(String.init)
        #expect(refusal("\(parts[0])=.\(parts[1]).\(parts[2])", by: hmacVerifier) == .malformed(.encoding(.header)))
        #expect(refusal("\(parts[0]).\(parts[1])+.\(parts[2])", by: hmacVerifier) == .malformed(.encoding(.payload)))
        #expect(refusal("\(parts[0]).\(parts[1]).\(parts[2])=", by: hmacVerifier) == .malformed(.encoding(.signature)))
        #expect(refusal(" \(token)", by: hmacVerifier) == .malformed(.encoding(.header)))
    }

    @Test(arguments: ["not json", "[\"alg\",\"HS256\"]", "\"HS256\"", "{\"alg\":\"HS256\"", ""])
    func refusesAHeaderThatIsNotAJSONObject(header: String) throws {
        let token = try TestToken.make(header: header, claims: TestToken.claims(), signer: hmacSigner)
        #expect(refusal(token, by: hmacVerifier) == .malformed(.notJSONObject(.header)))
    }

    @Test(arguments: ["not json", "[]", "42", "{\"sub\":\"x\"", "{\"sub\":\"\u{7}\"}"])
    func refusesClaimsThatAreNotAJSONObject(claims: String) throws {
        let token = try TestToken.make(claims: claims, signer: hmacSigner)
        #expect(refusal(token, by: hmacVerifier) == .malformed(.notJSONObject(.payload)))
    }

    // MARK: Claims

    @Test func refusesAWrongOrMissingIssuer() throws {
        for claims in [TestToken.claims(issuer: "https://evil.example.com/"), TestToken.claims(issuer: "https://id.example.com"), TestToken.claims(issuer: nil)] {
            let token = try TestToken.make(claims: claims, signer: rsaSigner)
            #expect(refusal(token, by: rsaVerifier) == .wrongIssuer)
        }
    }

    @Test func refusesAWrongOrMissingAudience() throws {
        for audience in [#""other""#, #"["other","CLIENTELA"]"#, "[]", nil] {
            let token = try TestToken.make(claims: TestToken.claims(audience: audience), signer: rsaSigner)
            #expect(refusal(token, by: rsaVerifier) == .wrongAudience)
        }
        let numeric = try TestToken.make(claims: TestToken.claims(audience: "[\"clientela\", 1]"), signer: rsaSigner)
        #expect(refusal(numeric, by: rsaVerifier) == .malformed(.claimType("aud")))
    }

    @Test func refusesAnExpiredTokenBeyondTheLeeway() throws {
        let expired = try TestToken.make(claims: TestToken.claims(expiresAt: TestClock.now - 61), signer: rsaSigner)
        #expect(refusal(expired, by: rsaVerifier) == .expired)
        let exactlyAtLeeway = try TestToken.make(claims: TestToken.claims(expiresAt: TestClock.now - 60), signer: rsaSigner)
        #expect(refusal(exactlyAtLeeway, by: rsaVerifier) == .expired)
        let withinLeeway = try TestToken.make(claims: TestToken.claims(expiresAt: TestClock.now - 59), signer: rsaSigner)
        #expect(refusal(withinLeeway, by: rsaVerifier) == nil)
    }

    @Test func refusesATokenWithoutExpiry() throws {
        let token = try TestToken.make(claims: TestToken.claims(expiresAt: nil), signer: rsaSigner)
        #expect(refusal(token, by: rsaVerifier) == .malformed(.missingExpiry))
        let stringExpiry = try TestToken.make(
            claims: #"{"iss":"https://id.example.com/","aud":"clientela","sub":"u","exp":"1735693200"}"#, signer: rsaSigner
        )
        #expect(refusal(stringExpiry, by: rsaVerifier) == .malformed(.claimType("exp")))
    }

    @Test func refusesATokenNotYetValidBeyondTheLeeway() throws {
        let early = try TestToken.make(claims: TestToken.claims(notBefore: TestClock.now + 61), signer: rsaSigner)
        #expect(refusal(early, by: rsaVerifier) == .notYetValid)
        let withinLeeway = try TestToken.make(claims: TestToken.claims(notBefore: TestClock.now + 60), signer: rsaSigner)
        #expect(refusal(withinLeeway, by: rsaVerifier) == nil)
        let issuedInTheFuture = try TestToken.make(claims: TestToken.claims(issuedAt: TestClock.now + 3600), signer: rsaSigner)
        #expect(refusal(issuedInTheFuture, by: rsaVerifier) == .notYetValid)
    }

    @Test func usesTheConfiguredLeeway() throws {
        let strict = try JWTVerifier(JWTConfiguration(
            issuer: Self.issuer, audience: "clientela", key: .rs256(RSAPublicKey(pem: publicKeyPEM)), leeway: .zero
        ))
        let justExpired = try TestToken.make(claims: TestToken.claims(expiresAt: TestClock.now - 1), signer: rsaSigner)
        #expect(refusal(justExpired, by: strict) == .expired)
        #expect(refusal(justExpired, by: rsaVerifier) == nil)
        let expiresNow = try TestToken.make(claims: TestToken.claims(expiresAt: TestClock.now), signer: rsaSigner)
        #expect(refusal(expiresNow, by: strict) == .expired)
    }

    @Test func refusesAMissingOrEmptySubject() throws {
        for subject in [nil, ""] as [String?] {
            let token = try TestToken.make(claims: TestToken.claims(subject: subject), signer: rsaSigner)
            #expect(refusal(token, by: rsaVerifier) == .missingSubject)
        }
        let numeric = try TestToken.make(
            claims: #"{"iss":"https://id.example.com/","aud":"clientela","sub":42,"exp":1735693200}"#, signer: rsaSigner
        )
        #expect(refusal(numeric, by: rsaVerifier) == .malformed(.claimType("sub")))
    }

    /// A repeated member keeps its last value (RFC 7515 §4 allows this or refusal).
    @Test func readsTheLastOfARepeatedHeaderMember() throws {
        let token = try TestToken.make(header: #"{"alg":"none","alg":"HS256"}"#, claims: TestToken.claims(), signer: hmacSigner)
        #expect(refusal(token, by: hmacVerifier) == nil)
        let reversed = try TestToken.make(header: #"{"alg":"HS256","alg":"none"}"#, claims: TestToken.claims(), signer: hmacSigner)
        #expect(refusal(reversed, by: hmacVerifier) == .unsupportedAlgorithm)
    }

    @Test func errorsCarryNoTokenText() throws {
        let token = try TestToken.make(header: #"{"alg":"<script>"}"#, claims: TestToken.claims(), signer: hmacSigner)
        let error = try #require(refusal(token, by: hmacVerifier))
        #expect(error.description == "unsupportedAlgorithm")
    }
}
