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
