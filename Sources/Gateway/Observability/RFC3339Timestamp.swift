package import Foundation
import GraphQL

/// Formats instants as RFC 3339 UTC with milliseconds, `2026-12-01T05:51:02.123Z`: sortable as
/// text and read by every log tool.
///
/// Written out by hand (days to civil date with ``CivilDate``) rather than through a date
/// formatter: it runs once per request, needs no locale or calendar, and is the same on every
/// platform.
package enum RFC3339Timestamp {
    package static func format(_ date: Date) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        append(date, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the timestamp's bytes, for a writer that builds a line (no allocation of its own:
    /// this runs for every access-log line).
    package static func append(_ date: Date, to bytes: inout [UInt8]) {
        let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded())
        let (days, millisecondOfDay) = floorDivide(milliseconds, 86_400_000)
        let (year, month, day) = CivilDate.date(daysSinceEpoch: days)
        let second = millisecondOfDay / 1000
        appendDecimal(year, width: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDecimal(month, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        appendDecimal(day, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        appendDecimal(second / 3600, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendDecimal(second / 60 % 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        appendDecimal(second % 60, width: 2, to: &bytes)
        bytes.append(UInt8(ascii: "."))
        appendDecimal(millisecondOfDay % 1000, width: 3, to: &bytes)
        bytes.append(UInt8(ascii: "Z"))
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> (quotient: Int, remainder: Int) {
        let remainder = value % divisor
        return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
    }

    /// Appends `number` in decimal, zero-padded to `width` digits (more when it needs them).
    /// Only a year can be negative (before year 0): it keeps its sign before the digits.
    static func appendDecimal(_ number: Int, width: Int, to bytes: inout [UInt8]) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = number.magnitude
        var divisor: UInt = 1
        var digits = 1
        while divisor <= magnitude / 10 {
            divisor *= 10
            digits += 1
        }
        for _ in digits..<max(width, digits) { bytes.append(UInt8(ascii: "0")) }
        var rest = magnitude
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
