/// The pieces a search index counts (``SearchCounts``) of one folded text, as SQLite's triggers
/// read them: `clientela_pieces(text)`, a JSON array read with `json_each`.
///
/// A piece is every distinct substring of 3, 4 and 5 Unicode scalars of the folded text that
/// holds no newline (the separator of the indexed columns), and the empty string, whose count is
/// the number of counted rows. PostgreSQL lists the same pieces in SQL (see
/// ``SearchIndex/createPostgresCounts()``); SQLite forbids the common table expressions that
/// would take there, inside a trigger, so the list is computed here and handed over as JSON,
/// which `json_each` reads inside triggers. Each piece is listed once, so that a row adds one to
/// each of its counts, in the order of first occurrence, so that the same text always gives the
/// same array (the function is registered as deterministic).
package enum SearchPieces {
    /// The lengths of the pieces, in Unicode scalars: what a search fragment's folded text must
    /// have for its total to be one count.
    package static let lengths = 3...5

    /// The distinct pieces of `folded`, the empty piece first.
    package static func pieces(of folded: String) -> [String] {
        Array(folded.utf8).withUnsafeBufferPointer { text in
            ranges(in: text).map { String(decoding: UnsafeBufferPointer(rebasing: text[$0]), as: UTF8.self) }
        }
    }

    /// ``pieces(of:)`` as a JSON array of strings, as UTF-8 bytes, from the folded text's UTF-8.
    package static func json(of folded: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var json: [UInt8] = [UInt8(ascii: "[")]
        json.reserveCapacity(folded.count * 14 + 4)
        for (position, range) in ranges(in: folded).enumerated() {
            if position > 0 { json.append(UInt8(ascii: ",")) }
            appendString(UnsafeBufferPointer(rebasing: folded[range]), to: &json)
        }
        json.append(UInt8(ascii: "]"))
        return json
    }

    /// The byte ranges of the distinct pieces of folded UTF-8 text, the empty piece first.
    ///
    /// It works on the bytes, and keeps a piece's bytes in a fixed-size key to tell repeats: it
    /// runs for every row written, and building a `String` per window made it a quarter of a bulk
    /// load's time (measured with `perf` on `clientela-bench storage`).
    static func ranges(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        // Where each scalar starts (a byte that is not a continuation byte), and the end.
        var starts: [Int] = []
        starts.reserveCapacity(text.count + 1)
        for (offset, byte) in text.enumerated() where byte & 0xC0 != 0x80 { starts.append(offset) }
        starts.append(text.count)
        let scalars = starts.count - 1
        var seen = Set<PieceKey>(minimumCapacity: scalars * lengths.count)
        // Text that is not UTF-8 (SQLite lets a blob pass as text) can make a window longer than
        // a key holds; such windows are told apart by their bytes.
        var seenLong: Set<[UInt8]> = []
        var ranges: [Range<Int>] = [0..<0]
        for first in 0..<scalars {
            for length in lengths where first + length <= scalars {
                let range = starts[first]..<starts[first + length]
                // A newline (one byte in UTF-8) in a window is in every longer one from here.
                if text[range].contains(UInt8(ascii: "\n")) { break }
                let new = range.count <= PieceKey.capacity
                    ? seen.insert(PieceKey(UnsafeBufferPointer(rebasing: text[range]))).inserted
                    : seenLong.insert(Array(text[range])).inserted
                if new { ranges.append(range) }
            }
        }
        return ranges
    }

    /// A piece's bytes (five scalars of UTF-8 take at most 20) in three words and a length, to be
    /// hashed and compared without allocating.
    private struct PieceKey: Hashable {
        static let capacity = 24
        private var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
        private let count: Int

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            precondition(bytes.count <= Self.capacity, "a key holds at most \(Self.capacity) bytes")
            count = bytes.count
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        }

        static func == (a: PieceKey, b: PieceKey) -> Bool {
            a.count == b.count && a.words.0 == b.words.0 && a.words.1 == b.words.1 && a.words.2 == b.words.2
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(words.0)
            hasher.combine(words.1)
            hasher.combine(words.2)
            hasher.combine(count)
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as
    /// its UTF-8 bytes (JSON's own encoding).
    private static func appendString(_ text: UnsafeBufferPointer<UInt8>, to json: inout [UInt8]) {
        let hex: StaticString = "0123456789abcdef"
        json.append(UInt8(ascii: "\""))
        for byte in text {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                json.append(UInt8(ascii: "\\"))
                json.append(byte)
            case 0..<0x20:
                json.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                json.append(hex.utf8Start[Int(byte >> 4)])
                json.append(hex.utf8Start[Int(byte & 0xF)])
            default:
                json.append(byte)
            }
        }
        json.append(UInt8(ascii: "\""))
    }
}
