import Crypto
import Testing

@Suite struct ConstantTimeTests {
    @Test func equalBytesAreEqual() {
        #expect(ConstantTime.equals([], []))
        #expect(ConstantTime.equals([1, 2, 3], [1, 2, 3]))
        let hash = SHA256.hash(Array("token".utf8))
        #expect(ConstantTime.equals(hash, SHA256.hash(Array("token".utf8))))
    }

    @Test func aDifferenceAnywhereIsNotEqual() {
        let base = [UInt8](repeating: 7, count: 32)
        for index in base.indices {
            var other = base
            other[index] ^= 0x01
            #expect(!ConstantTime.equals(base, other))
        }
    }

    @Test func differentLengthsAreNotEqual() {
        #expect(!ConstantTime.equals([1, 2, 3], [1, 2]))
        #expect(!ConstantTime.equals([], [0]))
        #expect(!ConstantTime.equals([1, 2], [1, 2, 0]))
    }
}
