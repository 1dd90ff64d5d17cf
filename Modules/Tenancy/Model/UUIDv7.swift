package import Foundation
import Synchronization

/// Time-ordered UUIDs (RFC 9562, version 7) as lower-case text.
///
/// Foundation's `UUID()` is version 4 (all random), which scatters B-tree inserts across the
/// index; version 7 puts the Unix time in milliseconds first, so new keys land at the end. The
/// remaining 74 bits come from `SystemRandomNumberGenerator`, the system's secure generator
/// (`getrandom` on Linux), except that ids made one after the other for the same millisecond in
/// this process count up from the first one's random bits (RFC 9562, section 6.2, method 1).
/// So records written together keep the order they were written in when sorted by id: the field
/// changes of one update, the status changes of one seed.
///
/// - SeeAlso: https://www.rfc-editor.org/rfc/rfc9562#section-5.7
package enum UUIDv7 {
    /// The 74 bits after the version of the last id made in each recent millisecond, so that
    /// ids for one millisecond count up even while other threads make ids for others.
    private struct Counters {
        /// How many milliseconds are remembered; the earliest is forgotten first.
        static let capacity = 64
        var byMillisecond: [UInt64: (high: UInt16, low: UInt64)] = [:]

        mutating func next(for milliseconds: UInt64) -> (high: UInt16, low: UInt64) {
            var counter: (high: UInt16, low: UInt64)
            if let previous = byMillisecond[milliseconds] {
                // The low part carries into the high one, which would need 2^61 ids in one
                // millisecond to wrap.
                counter = previous
                counter.low = (counter.low + 1) & 0x3FFF_FFFF_FFFF_FFFF
                if counter.low == 0 { counter.high = (counter.high + 1) & 0x0FFF }
            } else {
                if byMillisecond.count >= Self.capacity, let earliest = byMillisecond.keys.min() {
                    byMillisecond[earliest] = nil
                }
                var random = SystemRandomNumberGenerator()
                // The top bit of the low part starts clear, so counting up from it stays far
                // from a carry.
                counter = ((random.next() as UInt16) & 0x0FFF, (random.next() as UInt64) & 0x1FFF_FFFF_FFFF_FFFF)
            }
            byMillisecond[milliseconds] = counter
            return counter
        }
    }

    private static let counters = Mutex(Counters())

    /// A new version 7 UUID, `xxxxxxxx-xxxx-7xxx-[89ab]xxx-xxxxxxxxxxxx`.
    package static func generate(at date: Date = Date()) -> String {
        let milliseconds = UInt64(max(0, date.timeIntervalSince1970 * 1000)) & 0xFFFF_FFFF_FFFF
        let (high, low) = counters.withLock { $0.next(for: milliseconds) }
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<6 {
            bytes[index] = UInt8(truncatingIfNeeded: milliseconds >> (8 * (5 - index)))
        }
        bytes[6] = 0x70 | UInt8(truncatingIfNeeded: high >> 8)
        bytes[7] = UInt8(truncatingIfNeeded: high)
        for index in 8..<16 {
            bytes[index] = UInt8(truncatingIfNeeded: low >> (8 * (15 - index)))
        }
        bytes[8] = 0x80 | bytes[8]
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
