/// Writes a `Double` the way JavaScript's `Number.prototype.toString` does: the shortest digits
/// that read back to the same double, plain notation between 1e-7 and 1e21, exponent notation
/// outside, and no `.0` on integral values.
///
/// GraphQL clients are mostly JavaScript, and graphql-js quotes values in this form in its error
/// messages; writing JSON numbers the same way keeps our responses byte-comparable with it.
///
/// - SeeAlso: https://tc39.es/ecma262/#sec-numeric-types-number-tostring
package enum NumberText {
    /// The JavaScript text of `value`; `NaN`, `Infinity` and `-Infinity` for non-finite values
    /// (which JSON cannot carry: the writer checks for them first).
    package static func javaScript(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == 0 { return "0" }
        if let exact = Int(exactly: value), abs(exact) < 1 << 53 { return String(exact) }
        let (negative, digits, exponent) = decompose(value)
        var text = negative ? "-" : ""
        text += layout(digits: digits, pointPosition: exponent)
        return text
    }

    /// Splits Swift's shortest round-trip description into sign, significant digits and the
    /// position of the decimal point relative to the first digit (`n` in `0.d1d2… × 10^n`).
    private static func decompose(_ value: Double) -> (negative: Bool, digits: [UInt8], pointPosition: Int) {
        // Swift's description already holds the shortest round-trip digits (Errol/Ryu-like),
        // written as `1.5`, `1e-05` or `1.2345e+20`.
        let text = Array(abs(value).description.utf8)
        var digits: [UInt8] = []
        var pointSeen = false
        var digitsBeforePoint = 0
        var exponent = 0
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: ".") {
                pointSeen = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                exponent = Int(String(decoding: text[(index + 1)...], as: UTF8.self)) ?? 0
                break
            } else {
                digits.append(byte)
                if !pointSeen { digitsBeforePoint += 1 }
            }
            index += 1
        }
        var position = digitsBeforePoint + exponent
        // Drop leading zeros (as in `0.001`), moving the point, then trailing zeros.
        while digits.count > 1, digits.first == UInt8(ascii: "0") {
            digits.removeFirst()
            position -= 1
        }
        while digits.count > 1, digits.last == UInt8(ascii: "0") {
            digits.removeLast()
        }
        return (value < 0, digits, position)
    }

    private static func layout(digits: [UInt8], pointPosition n: Int) -> String {
        let k = digits.count
        let zero = UInt8(ascii: "0")
        var out: [UInt8] = []
        out.reserveCapacity(k + 8)
        if k <= n, n <= 21 {
            out += digits
            out += repeatElement(zero, count: n - k)
        } else if 0 < n, n <= 21 {
            out += digits[..<n]
            out.append(UInt8(ascii: "."))
            out += digits[n...]
        } else if -6 < n, n <= 0 {
            out += [zero, UInt8(ascii: ".")]
            out += repeatElement(zero, count: -n)
            out += digits
        } else {
            out.append(digits[0])
            if k > 1 {
                out.append(UInt8(ascii: "."))
                out += digits[1...]
            }
            out.append(UInt8(ascii: "e"))
            out.append(n - 1 < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            out += Array(String(abs(n - 1)).utf8)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
