/// A double as JavaScript's `String(number)` writes it, so that a float default prints as in
/// graphql-js: `1` for 1.0, `0.000001`, `1e-7`, `1e+21`.
///
/// - SeeAlso: https://tc39.es/ecma262/#sec-numeric-types-number-tostring
package enum JSNumberText {
    package static func text(of number: Double) -> String {
        if number == 0 { return "0" }
        let (digits, exponent) = shortestDigits(of: number.magnitude)
        return (number < 0 ? "-" : "") + layout(digits: digits, pointPosition: exponent)
    }

    /// The shortest round-tripping decimal digits of a positive finite number, without leading
    /// or trailing zeros, and `n` such that the number is `0.digits × 10^n`.
    private static func shortestDigits(of number: Double) -> (digits: [Character], pointPosition: Int) {
        // Swift's description is the shortest representation that reads back the same double,
        // as JavaScript's is; only the layout differs.
        let text = "\(number)"
        let parts = text.split(separator: "e", maxSplits: 1)
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts[0].split(separator: ".", maxSplits: 1)
        let integerPart = Array(mantissa[0])
        let fractionPart = mantissa.count == 2 ? Array(mantissa[1]) : []
        var digits = integerPart + fractionPart
        var pointPosition = integerPart.count + exponent
        while digits.first == "0" {
            digits.removeFirst()
            pointPosition -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        return (digits, pointPosition)
    }

    private static func layout(digits: [Character], pointPosition n: Int) -> String {
        let k = digits.count
        if k <= n && n <= 21 {
            return String(digits) + String(repeating: "0", count: n - k)
        }
        if 0 < n && n <= 21 {
            return String(digits[..<n]) + "." + String(digits[n...])
        }
        if -6 < n && n <= 0 {
            return "0." + String(repeating: "0", count: -n) + String(digits)
        }
        let exponent = n - 1
        let sign = exponent < 0 ? "-" : "+"
        let mantissa = k == 1 ? String(digits) : String(digits[0]) + "." + String(digits[1...])
        return mantissa + "e" + sign + String(exponent.magnitude)
    }
}
