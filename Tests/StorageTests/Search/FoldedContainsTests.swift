import Storage
import Testing

/// `FoldedContains` must answer exactly as folding the whole text with `TextFolding` and looking
/// for the bytes, whatever the script, and even for bytes that are not UTF-8.
@Suite struct FoldedContainsTests {
    private static let alphabet: [String] = [
        "a", "B", "z", " ", "-", "@", "1", "é", "É", "ñ", "Ñ", "ü", "ß", "ẞ", "ø", "Ø", "æ", "ł", "İ", "ı", "ŉ",
        "ǘ", "ά", "Σ", "ς", "ё", "Ж", "ж", "\u{301}", "\u{483}", "ḉ", "ὰ", "ᾈ", "Ⴀ", "中", "😀", "ﬁ",
    ]

    private static func contains(_ text: [UInt8], _ needle: String) -> Bool {
        let folded = Array(TextFolding.fold(needle).utf8)
        return text.withUnsafeBufferPointer { text in
            folded.withUnsafeBufferPointer { FoldedContains.contains(text, folded: $0) }
        }
    }

    /// The oracle: fold the whole text, then look for the needle's bytes.
    private static func oracle(_ text: [UInt8], _ needle: String) -> Bool {
        let haystack = Array(TextFolding.fold(String(decoding: text, as: UTF8.self)).utf8)
        let folded = Array(TextFolding.fold(needle).utf8)
        if folded.isEmpty { return true }
        guard folded.count <= haystack.count else { return false }
        return (0...(haystack.count - folded.count)).contains { Array(haystack[$0..<($0 + folded.count)]) == folded }
    }

    @Test func agreesWithFoldingTheWholeText() {
        var random = SeededRandom(seed: 42)
        for _ in 0..<3_000 {
            let text = (0..<random.below(12)).map { _ in Self.alphabet[random.below(Self.alphabet.count)] }.joined()
            let bytes = Array(text.utf8)
            let start = random.below(max(text.count, 1))
            let piece = String(text.dropFirst(start).prefix(random.below(4) + 1))
            let needle = random.below(4) == 0 ? piece.uppercased() : piece
            #expect(Self.contains(bytes, needle) == Self.oracle(bytes, needle), "\(text) ∋ \(needle)")
            let other = Self.alphabet[random.below(Self.alphabet.count)] + Self.alphabet[random.below(Self.alphabet.count)]
            #expect(Self.contains(bytes, other) == Self.oracle(bytes, other), "\(text) ∋ \(other)")
        }
    }

    @Test func findsAccentedTextFromPlainLetters() {
        #expect(Self.contains(Array("José NÚÑEZ".utf8), "nunez"))
        #expect(Self.contains(Array("Søren Kierkegaard".utf8), "SOREN"))
        #expect(Self.contains(Array("Straße".utf8), "strasse"))
        #expect(!Self.contains(Array("Gómez".utf8), "gomes"))
        #expect(Self.contains(Array("anything".utf8), ""))
    }

    @Test func readsBytesThatAreNotUTF8AsFoldingDoes() {
        let cases: [[UInt8]] = [[0x41, 0xC3], [0xFF, 0x61, 0x62], [0xE0, 0x80, 0x80, 0x61], [0xC3, 0xA9, 0xED, 0xA0, 0x80], [0xC0, 0xAF, 0x41]]
        for bytes in cases {
            for needle in ["a", "ab", "é", "\u{FFFD}", "\u{FFFD}a"] {
                #expect(Self.contains(bytes, needle) == Self.oracle(bytes, needle), "\(bytes) ∋ \(needle)")
            }
        }
    }
}

/// SplitMix64: reproducible data for the search tests.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (0 when `bound` is 0).
    mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }
}
