/// Whether text contains already-folded text once the text is folded by ``TextFolding``, decided
/// on the text's UTF-8 bytes without building the folded string.
///
/// It is the row check of ``SearchPlan/orderFirst`` on SQLite (`clientela_contains`), run on every
/// row the walk passes, so its cost per row decides where that plan pays (see
/// ``SearchIndex/sqliteSearch(_:on:)``): `instr(clientela_fold(…), …)` allocates two strings per
/// row, this folds into a buffer on the stack. The fold of each scalar below U+2000 (Latin, Greek,
/// Cyrillic and their extensions) is computed once by ``TextFolding/fold(_:)`` itself, and
/// ``TextFolding`` folds scalar by scalar, so the result is exactly that of folding the whole
/// text; rarer scalars, and bytes that are not UTF-8, take ``TextFolding/fold(_:)`` whole.
package enum FoldedContains {
    /// Whether the fold of `text` contains `needle`, which is folded already.
    package static func contains(_ text: UnsafeBufferPointer<UInt8>, folded needle: UnsafeBufferPointer<UInt8>) -> Bool {
        if needle.isEmpty { return true }
        // A scalar of n bytes folds to at most 3n bytes (ß → ss, ŉ → 'n, İ → i̇).
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count * 3 + 1) { buffer in
            guard let length = fold(text, into: buffer) else {
                let folded = Array(TextFolding.fold(String(decoding: text, as: UTF8.self)).utf8)
                return folded.withUnsafeBufferPointer { find(needle, in: $0) }
            }
            return find(needle, in: UnsafeBufferPointer(rebasing: buffer[..<length]))
        }
    }

    /// Folds `text` into `buffer` and returns the folded length, or nil when a scalar needs the
    /// slow path.
    private static func fold(_ text: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        var read = 0, written = 0
        while read < text.count {
            let lead = text[read]
            if lead < 0x80 {
                buffer[written] = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(lead) ? lead + 32 : lead
                read += 1
                written += 1
                continue
            }
            // Two-byte sequences cover U+0080…U+07FF; three-byte ones up to U+1FFF stay in the
            // table. Anything else (or malformed) goes the slow way.
            let scalar: Int
            if lead & 0xE0 == 0xC0, lead >= 0xC2, read + 1 < text.count, text[read + 1] & 0xC0 == 0x80 {
                scalar = Int(lead & 0x1F) << 6 | Int(text[read + 1] & 0x3F)
                read += 2
            } else if lead & 0xF0 == 0xE0, read + 2 < text.count, text[read + 1] & 0xC0 == 0x80, text[read + 2] & 0xC0 == 0x80 {
                scalar = Int(lead & 0x0F) << 12 | Int(text[read + 1] & 0x3F) << 6 | Int(text[read + 2] & 0x3F)
                read += 3
                guard scalar >= 0x800, scalar < tableEnd else { return nil }
            } else {
                return nil
            }
            let folded = table[scalar - 0x80]
            guard written + folded.count <= buffer.count else { return nil }
            for byte in folded {
                buffer[written] = byte
                written += 1
            }
        }
        return written
    }

    /// The first index at which `needle` occurs in `haystack`, tested byte by byte: needles are a
    /// few characters and rows a few dozen, where a cleverer search does not pay.
    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        var start = 0
        let last = haystack.count - needle.count
        outer: while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count {
                    if haystack[start + offset] != needle[offset] {
                        start += 1
                        continue outer
                    }
                    offset += 1
                }
                return true
            }
            start += 1
        }
        return false
    }

    private static let tableEnd = 0x2000

    /// The folded UTF-8 of each scalar from U+0080 to U+1FFF (surrogates excluded by range).
    private static let table: [[UInt8]] = (0x80..<tableEnd).map { value in
        guard let scalar = Unicode.Scalar(value) else { return [] }
        return Array(TextFolding.fold(String(Character(scalar))).utf8)
    }
}
