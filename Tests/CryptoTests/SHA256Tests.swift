import Crypto
import Testing

/// The FIPS 180-2 appendix B examples (also in NIST's SHA examples), digests written in hex.
@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func hashesTheNISTExamples(message: String, digest: String) {
        #expect(Hex.encode(SHA256.hash(Array(message.utf8))) == digest)
    }

    @Test func hashesAMillionAs() {
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(Hex.encode(SHA256.hash(message)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func hashesAnyCollectionLikeAnArray() {
        let message = "The quick brown fox"
        let viaArray = SHA256.hash(Array(message.utf8))
        #expect(SHA256.hash(message.utf8) == viaArray)
        #expect(SHA256.hash(message.utf8.reversed().reversed()) == viaArray)
        #expect(SHA256.hash(Array(("xx" + message).utf8).dropFirst(2)) == viaArray)
        #expect(viaArray.count == SHA256.byteCount)
    }
}
