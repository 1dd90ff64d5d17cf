import Foundation
import Crypto
import Testing

@Suite struct RSAPublicKeyTests {
    private let message = Array("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0".utf8)

    @Test func readsSubjectPublicKeyInfoAndPKCS1() throws {
        let spki = try RSAPublicKey(pem: Fixture.text("rsa-2048-public"))
        let pkcs1 = try RSAPublicKey(pem: Fixture.text("rsa-2048-public-pkcs1"))
        #expect(spki.bits == 2048)
        #expect(pkcs1.bits == 2048)
        // Both forms are the same key: each verifies what the private key signed.
        let signature = try TestSigner.rs256(privateKeyPEM: Fixture.text("rsa-2048-private")).sign(message)
        #expect(spki.verifySHA256(signature: signature, message: message))
        #expect(pkcs1.verifySHA256(signature: signature, message: message))
    }

    @Test func ignoresTextBeforeTheBlock() throws {
        let key = try RSAPublicKey(pem: "Our provider's key:\n" + Fixture.text("rsa-2048-public"))
        #expect(key.bits == 2048)
    }

    @Test func refusesSignaturesOfOtherMessagesKeysOrBytes() throws {
        let key = try RSAPublicKey(pem: Fixture.text("rsa-2048-public"))
        let signature = try TestSigner.rs256(privateKeyPEM: Fixture.text("rsa-2048-private")).sign(message)
        let otherKeySignature = try TestSigner.rs256(privateKeyPEM: Fixture.text("rsa-2048-other-private")).sign(message)
        var flipped = signature
        flipped[flipped.count / 2] ^= 0x40

        #expect(!key.verifySHA256(signature: signature, message: message + [0x2E]))
        #expect(!key.verifySHA256(signature: otherKeySignature, message: message))
        #expect(!key.verifySHA256(signature: flipped, message: message))
        #expect(!key.verifySHA256(signature: Array(signature.dropLast()), message: message))
        #expect(!key.verifySHA256(signature: [], message: message))
        // Still accepts the genuine one afterwards: failures leave nothing behind.
        #expect(key.verifySHA256(signature: signature, message: message))
    }

    @Test func refusesKeysUnder2048Bits() throws {
        let pem = try Fixture.text("rsa-1024-public")
        #expect(throws: CryptoError.self) { try RSAPublicKey(pem: pem) }
        do {
            _ = try RSAPublicKey(pem: pem)
        } catch {
            #expect(error.code == .keyTooSmall(bits: 1024))
        }
    }

    @Test(arguments: ["ec-p256-public", "rsa-pss-2048-public"])
    func refusesKeysThatAreNotRSA(fixture: String) throws {
        let pem = try Fixture.text(fixture)
        do {
            _ = try RSAPublicKey(pem: pem)
            Issue.record("accepted \(fixture)")
        } catch {
            #expect(error.code == .unsupportedKeyType)
        }
    }

    @Test func refusesPrivateKeysGarbageAndDamagedBlocks() throws {
        let good = try Fixture.text("rsa-2048-public")
        let damaged = good.replacingOccurrences(of: "MIIB", with: "MIIC")
        let truncated = String(good.prefix(200)) + "\n-----END PUBLIC KEY-----\n"
        for pem in [try Fixture.text("rsa-2048-private"), "", "not a key", damaged, truncated] {
            do {
                _ = try RSAPublicKey(pem: pem)
                Issue.record("accepted \(pem.prefix(40))")
            } catch {
                #expect(error.code == .invalidKey)
            }
        }
    }

    @Test func isUsableFromManyTasksAtOnce() async throws {
        let key = try RSAPublicKey(pem: Fixture.text("rsa-2048-public"))
        let message = self.message
        let signature = try TestSigner.rs256(privateKeyPEM: Fixture.text("rsa-2048-private")).sign(message)
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<32 {
                group.addTask {
                    index.isMultiple(of: 2)
                        ? key.verifySHA256(signature: signature, message: message)
                        : !key.verifySHA256(signature: signature, message: message + [UInt8(index)])
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(results.count == 32 && results.allSatisfy { $0 })
    }
}
