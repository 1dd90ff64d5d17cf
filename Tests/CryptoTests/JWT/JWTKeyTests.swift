import Crypto
import Testing

@Suite struct JWTKeyTests {
    @Test func namesTheAlgorithmOfItsKey() throws {
        #expect(JWTKey.hs256(secret: []).algorithm == "HS256")
        #expect(JWTKey.rs256(try RSAPublicKey(pem: Fixture.text("rsa-2048-public"))).algorithm == "RS256")
    }

    @Test func refusesHS256SecretsShorterThan32Bytes() throws {
        for length in [0, 1, 31] {
            do {
                try JWTKey.hs256(secret: [UInt8](repeating: 1, count: length)).validate()
                Issue.record("accepted a \(length)-byte secret")
            } catch {
                #expect(error.code == .weakSecret(bytes: length))
            }
        }
        try JWTKey.hs256(secret: try SecureRandom.bytes(32)).validate()
        try JWTKey.rs256(try RSAPublicKey(pem: Fixture.text("rsa-2048-public"))).validate()
    }
}

extension JWTKeyTests {
    @Test func neverPrintsTheSecret() throws {
        let secret = Array("a-secret-nobody-should-see-in-logs!!".utf8)
        let key = JWTKey.hs256(secret: secret)
        let verifier = JWTVerifier(JWTConfiguration(issuer: "i", audience: "a", key: key))
        var dumped = ""
        dump(verifier, to: &dumped)
        for text in [String(describing: key), String(reflecting: key), "\(verifier)", String(reflecting: verifier), dumped] {
            #expect(text.contains("HS256"))
            #expect(!text.contains("97, 45"))  // "a-" as the array of bytes would print
            #expect(!text.contains("a-secret"))
        }
    }
}
