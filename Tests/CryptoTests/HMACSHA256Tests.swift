import Crypto
import Testing

/// RFC 4231 §4 test cases 1–7 (HMAC-SHA-256 rows), plus the empty key.
@Suite struct HMACSHA256Tests {
    private static let longKey = [UInt8](repeating: 0xAA, count: 131)

    @Test(arguments: [
        (
            [UInt8](repeating: 0x0B, count: 20), Array("Hi There".utf8),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        ),
        (
            Array("Jefe".utf8), Array("what do ya want for nothing?".utf8),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        ),
        (
            [UInt8](repeating: 0xAA, count: 20), [UInt8](repeating: 0xDD, count: 50),
            "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"
        ),
        (
            Array(1...25), [UInt8](repeating: 0xCD, count: 50),
            "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"
        ),
        (
            longKey, Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        ),
        (
            longKey,
            Array(("This is a test using a larger than block-size key and a larger than block-size data. "
                + "The key needs to be hashed before being used by the HMAC algorithm.").utf8),
            "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"
        ),
    ] as [([UInt8], [UInt8], String)])
    func computesTheRFC4231Codes(key: [UInt8], message: [UInt8], code: String) {
        #expect(Hex.encode(HMACSHA256.authenticationCode(key: key, message: message)) == code)
    }

    /// Test case 5 checks only the first 128 bits.
    @Test func computesTheTruncatedRFC4231Code() {
        let code = HMACSHA256.authenticationCode(
            key: [UInt8](repeating: 0x0C, count: 20), message: Array("Test With Truncation".utf8)
        )
        #expect(Hex.encode(code.prefix(16)) == "a3b6167473100ee06e0c796c2955552b")
    }

    @Test func acceptsAnEmptyKeyAndMessage() {
        #expect(
            Hex.encode(HMACSHA256.authenticationCode(key: [], message: [UInt8]()))
                == "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"
        )
    }
}
