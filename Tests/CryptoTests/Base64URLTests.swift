import Crypto
import Testing

@Suite struct Base64URLTests {
    /// RFC 4648 §10 vectors, unpadded.
    @Test(arguments: [
        ("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"),
        ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE"), ("foobar", "Zm9vYmFy"),
    ])
    func encodesTheRFC4648VectorsWithoutPadding(plain: String, encoded: String) {
        #expect(Base64URL.encode(Array(plain.utf8)) == encoded)
        #expect(Base64URL.decode(encoded) == Array(plain.utf8))
    }

    @Test func usesTheURLSafeAlphabet() {
        #expect(Base64URL.encode([0xFB, 0xFF, 0xBF]) == "-_-_")
        #expect(Base64URL.decode("-_-_") == [0xFB, 0xFF, 0xBF])
    }

    @Test func roundTripsEveryLengthAndByte() {
        var bytes: [UInt8] = []
        for length in 0..<300 {
            #expect(Base64URL.decode(Base64URL.encode(bytes)) == bytes)
            bytes.append(UInt8(truncatingIfNeeded: length &* 131 &+ 7))
        }
        let all = (0...255).map { UInt8($0) }
        #expect(Base64URL.decode(Base64URL.encode(all)) == all)
    }

    @Test(arguments: [
        "Zm9vYg==",  // padding
        "Zm9vYg=",
        "Zg=",
        "+/+/",      // the other alphabet
        "ab/c",
        "Zm9v Yg",   // white space
        "Zm9v\nYg",
        " Zm9v",
        "Zm9vY",     // a length of 4n+1
        "Z",
        "Zh",        // unused bits set: "Zg" is the one encoding of "f"
        "Zm9",       // unused bits set: "Zm8" is the one encoding of "fo"
        "Zm9v.",
        "Zm9é",
    ])
    func refusesAnythingButStrictUnpaddedText(text: String) {
        #expect(Base64URL.decode(text) == nil)
    }
}
