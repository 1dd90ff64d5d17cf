import Crypto
import Testing

@Suite struct SecureRandomTests {
    @Test(arguments: [0, 1, 16, 32, 1000])
    func givesTheRequestedNumberOfBytes(count: Int) throws {
        #expect(try SecureRandom.bytes(count).count == count)
    }

    /// Two 32-byte draws collide with probability 2^-256; equal draws mean a broken generator.
    @Test func drawsDiffer() throws {
        let draws = try (0..<8).map { _ in try SecureRandom.bytes(32) }
        #expect(Set(draws.map(Hex.encode)).count == draws.count)
    }

    /// Not a statistical test: only that the bytes are not a constant fill (all zeros would pass
    /// a length check).
    @Test func bytesAreNotAConstantFill() throws {
        let bytes = try SecureRandom.bytes(256)
        #expect(Set(bytes).count > 64)
    }
}
