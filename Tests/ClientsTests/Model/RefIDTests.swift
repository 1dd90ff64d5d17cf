import Clients
import Testing

@Suite struct RefIDTests {
    /// A generator that replays fixed words, so a draw can be checked character by character.
    private struct ReplayGenerator: RandomNumberGenerator {
        var words: [UInt64]
        mutating func next() -> UInt64 { words.removeFirst() }
    }

    @Test func alphabetIsCrockfordBase32() {
        #expect(String(RefID.alphabet) == "0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        #expect(Set(RefID.alphabet).count == 32)
        for excluded in "ILOU" { #expect(!RefID.alphabet.contains(excluded)) }
    }

    @Test func generatedRefIDsArePrefixAndTenCrockfordCharacters() throws {
        for _ in 0..<200 {
            let refid = try RefID.generate(prefix: "CL-")
            #expect(refid.value.count == 13)
            #expect(refid.prefix == "CL-")
            #expect(refid.code.count == 10)
            #expect(refid.code.allSatisfy { RefID.alphabet.contains($0) })
        }
    }

    @Test func eachCharacterTakesFiveBitsOfTheDraw() throws {
        // Lowest 5 bits first: 0, 1, 31, 10, then zeros.
        let word: UInt64 = 0 | 1 << 5 | 31 << 10 | 10 << 15
        var generator = ReplayGenerator(words: [word])
        #expect(try RefID.generate(prefix: "ACME_", using: &generator).value == "ACME_01ZA000000")
        var allOnes = ReplayGenerator(words: [.max])
        #expect(try RefID.generate(prefix: "", using: &allOnes).value == "ZZZZZZZZZZ")
    }

    @Test func drawsDoNotRepeat() throws {
        let refids = Set(try (0..<1000).map { _ in try RefID.generate(prefix: "CL-") })
        #expect(refids.count == 1000)
    }

    @Test func parsingIsLenientAsCrockfordAsks() throws {
        #expect(try RefID(parsing: " cl-7k3qx9m2td ").value == "CL-7K3QX9M2TD")
        #expect(try RefID(parsing: "CL-OOIL000000").value == "CL-0011000000")
        #expect(try RefID(parsing: "ORG-0123456789").prefix == "ORG-")
        #expect(try RefID(parsing: "0123456789").prefix == "")
        let generated = try RefID.generate(prefix: "CL-")
        #expect(try RefID(parsing: generated.value.lowercased()) == generated)
    }

    @Test func parsingRefusesWhatNoRefIDCanBe() {
        #expect(throws: RefIDError.tooShort(minimum: 10)) { try RefID(parsing: "CL-123") }
        #expect(throws: RefIDError.invalidCharacter("U")) { try RefID(parsing: "CL-U123456789") }
        #expect(throws: RefIDError.invalidCharacter("*")) { try RefID(parsing: "CL-*123456789") }
        #expect(throws: RefIDError.invalidPrefix) { try RefID(parsing: "C L-0123456789") }
        #expect(throws: RefIDError.invalidPrefix) { try RefID(parsing: "ABCDEFGHIJKLMNOPQ0123456789") }
    }

    @Test func prefixesAreShortUpperCaseCodes() throws {
        try RefID.validatePrefix("CL-")
        try RefID.validatePrefix("")
        try RefID.validatePrefix("ACME_2026-")
        try RefID.validatePrefix(String(repeating: "A", count: 16))
        #expect(throws: RefIDError.invalidPrefix) { try RefID.validatePrefix("cl-") }
        #expect(throws: RefIDError.invalidPrefix) { try RefID.validatePrefix("CL/") }
        #expect(throws: RefIDError.invalidPrefix) { try RefID.validatePrefix(String(repeating: "A", count: 17)) }
        #expect(throws: RefIDError.invalidPrefix) { try RefID.generate(prefix: "cl-") }
    }
}
