package import Foundation

/// Time-ordered UUIDs (RFC 9562, version 7) as lower-case text.
///
/// Foundation's `UUID()` is version 4 (all random), which scatters B-tree inserts across the
/// index; version 7 puts the Unix time in milliseconds first, so new keys land at the end. The
/// remaining 74 bits come from `SystemRandomNumberGenerator`, the system's secure generator
/// (`getrandom` on Linux). Two ids made in the same millisecond are ordered randomly, which the
/// RFC allows; nothing here depends on their order within a millisecond.
///
/// - SeeAlso: https://www.rfc-editor.org/rfc/rfc9562#section-5.7
package enum UUIDv7 {
    /// A new version 7 UUID, `xxxxxxxx-xxxx-7xxx-[89ab]xxx-xxxxxxxxxxxx`.
    package static func generate(at date: Date = Date()) -> String {
        var random = SystemRandomNumberGenerator()
        let milliseconds = UInt64(max(0, date.timeIntervalSince1970 * 1000)) & 0xFFFF_FFFF_FFFF
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<6 {
            bytes[index] = UInt8(truncatingIfNeeded: milliseconds >> (8 * (5 - index)))
        }
        let tail = random.next() as UInt64
        let middle = random.next() as UInt16
        bytes[6] = 0x70 | UInt8(truncatingIfNeeded: middle >> 8) & 0x0F
        bytes[7] = UInt8(truncatingIfNeeded: middle)
        for index in 8..<16 {
            bytes[index] = UInt8(truncatingIfNeeded: tail >> (8 * (15 - index)))
        }
        bytes[8] = 0x80 | bytes[8] & 0x3F
        return format(bytes)
    }

    /// The canonical lower-case form of a UUID written in any case, or nil when `text` is not a
    /// UUID (36 characters, hyphens at 8, 13, 18 and 23, hexadecimal digits elsewhere).
    package static func canonical(_ text: String) -> String? {
        let utf8 = Array(text.utf8)
        guard utf8.count == 36 else { return nil }
        var result = [UInt8]()
        result.reserveCapacity(36)
        for (offset, byte) in utf8.enumerated() {
            if offset == 8 || offset == 13 || offset == 18 || offset == 23 {
                guard byte == UInt8(ascii: "-") else { return nil }
                result.append(byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"): result.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): result.append(byte + 32)
            default: return nil
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The Unix time in milliseconds that a version 7 UUID carries, for tests and diagnostics.
    package static func milliseconds(of text: String) -> UInt64? {
        guard let canonical = canonical(text) else { return nil }
        let hex = canonical.replacingOccurrences(of: "-", with: "").prefix(12)
        return UInt64(hex, radix: 16)
    }

    private static func format(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
