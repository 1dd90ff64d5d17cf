import Foundation

/// Folds text for substring search: lower case, and Latin and Greek letters without diacritics.
///
/// SQLite stores the folded text in its search index (the trigram tokenizer of SQLite 3.40 has no
/// `remove_diacritics` option), and folds the query the same way. PostgreSQL folds with
/// `lower(unaccent(…))` instead, so this function follows the `unaccent` rules where names need
/// them: a letter of Latin-1, Latin Extended-A and -B, Latin Extended Additional or Greek whose
/// canonical decomposition is a letter plus combining marks loses the marks (é → e, ñ → n,
/// ǘ → u, ά → α); the letters that do not decompose are spelled out as `unaccent` does
/// (ß → ss, æ → ae, œ → oe, ø → o, ł → l, đ → d, þ → th, ħ → h, ı → i); stray combining marks
/// are dropped; Cyrillic ё becomes е. Everything else is only lower-cased, so rare letters and
/// symbols (ƀ, ©, ½) may fold differently on the two backends.
///
/// SQLite's search indexes hold text folded by this function, so changing it changes what a
/// query finds in rows indexed before: ship such a change with a migration that drops and
/// recreates the search indexes.
package enum TextFolding {
    /// The folded form of `text`.
    package static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map(lowercased), as: UTF8.self)
        }
        var folded = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                folded.append(Unicode.Scalar(lowercased(UInt8(scalar.value))))
            } else if let replacement = table[scalar.value] {
                folded.append(contentsOf: replacement.unicodeScalars)
            } else if (0x0300...0x036F).contains(scalar.value) {
                continue
            } else {
                folded.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(folded)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// Letters that do not decompose, as `unaccent` spells them (lower-cased).
    private static let spelledOut: [Unicode.Scalar: String] = [
        "ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
        "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ł": "l", "Ł": "l", "þ": "th", "Þ": "th",
        "ħ": "h", "Ħ": "h", "ı": "i", "ĳ": "ij", "Ĳ": "ij", "ŀ": "l", "Ŀ": "l", "ŋ": "n",
        "Ŋ": "n", "ŧ": "t", "Ŧ": "t", "ſ": "s", "ĸ": "q", "ŉ": "'n", "ё": "е", "Ё": "е",
    ]

    /// Non-ASCII scalars whose fold is not their lower-case mapping, built once from the canonical
    /// decompositions of the blocks named on the type.
    private static let table: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let blocks: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x0370...0x03FF, 0x1E00...0x1EFF]
        for value in blocks.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard parts.count > 1, let base = parts.first, base.value < 0x0400,
                  parts.dropFirst().allSatisfy({ $0.properties.generalCategory == .nonspacingMark })
            else { continue }
            table[value] = base.properties.lowercaseMapping
        }
        for (scalar, spelling) in spelledOut { table[scalar.value] = spelling }
        return table
    }()
}
