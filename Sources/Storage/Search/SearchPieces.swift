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
        let scalars = Array(folded.unicodeScalars)
        var seen: Set<String> = [""]
        var pieces = [""]
        for start in scalars.indices {
            for length in lengths where start + length <= scalars.count {
                let window = scalars[start..<(start + length)]
                // A newline in a window is in every longer one from the same start.
                if window.contains("\n") { break }
                let piece = String(String.UnicodeScalarView(window))
                if seen.insert(piece).inserted { pieces.append(piece) }
            }
        }
        return pieces
    }

    /// ``pieces(of:)`` as a JSON array of strings, as UTF-8 bytes.
    package static func json(of folded: String) -> [UInt8] {
        var json: [UInt8] = [UInt8(ascii: "[")]
        json.reserveCapacity(folded.utf8.count * 14 + 4)
        for (position, piece) in pieces(of: folded).enumerated() {
            if position > 0 { json.append(UInt8(ascii: ",")) }
            appendString(piece, to: &json)
        }
        json.append(UInt8(ascii: "]"))
        return json
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as
    /// its UTF-8 bytes (JSON's own encoding).
    private static func appendString(_ text: String, to json: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        json.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                json.append(UInt8(ascii: "\\"))
                json.append(byte)
            case 0..<0x20:
                json.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default:
                json.append(byte)
            }
        }
        json.append(UInt8(ascii: "\""))
    }
}
