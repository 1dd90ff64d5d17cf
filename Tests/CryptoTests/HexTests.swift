import Crypto
import Testing

@Suite struct HexTests {
    @Test func encodesLowerCaseTwoDigitsPerByte() {
        #expect(Hex.encode([UInt8]()) == "")
        #expect(Hex.encode([0x00, 0x0F, 0xA5, 0xFF]) == "000fa5ff")
    }

    @Test func decodesWhatItEncodesAndEitherCase() {
        let bytes = (0...255).map { UInt8($0) }
        #expect(Hex.decode(Hex.encode(bytes)) == bytes)
        #expect(Hex.decode("00FfA5") == [0x00, 0xFF, 0xA5])
    }

    @Test(arguments: ["0", "abc", "0g", "zz", " 00"])
    func refusesOddLengthsAndNonHexDigits(text: String) {
        #expect(Hex.decode(text) == nil)
    }
}
