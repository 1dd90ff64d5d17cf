/// Colombia's Número de Identificación Tributaria with its DIAN check digit (DV), enforced.
///
/// The check digit: the number's digits from the right are multiplied by the primes 3, 7, 13,
/// 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71; with `r = sum mod 11`, the digit is `r` when
/// `r` is 0 or 1 and `11 − r` otherwise.
///
/// The input must end with its check digit, with or without the dash (`900.123.456-8`,
/// `9001234568`): a NIT without its DV cannot be told from one with it, so a bare number fails
/// the check and the message says the DV is expected. The stored form is the number without
/// dots or leading zeros, a dash and the DV: `900123456-8`, the way DIAN's own RUT form and
/// invoices print it (minus the dots), so a stored value can be pasted where a NIT is asked for.
package enum ColombianNIT {
    /// The fewest digits of a NIT's number (short old cédulas) and the most (the weights run out).
    package static let digitRange = 6...15
    private static let weights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]

    /// Checks a normalised NIT (``TaxID/normalised(_:)``: digits only once dots and dashes go).
    ///
    /// - Returns: The stored form.
    /// - Throws: ``TaxIDError``: a malformed text, or a check digit that does not match.
    package static func validate(_ nit: String) throws(TaxIDError) -> String {
        if nit.isEmpty { throw .empty }
        guard nit.allSatisfy({ ("0"..."9").contains($0) }), let found = nit.last else {
            throw .malformed("a NIT is digits followed by its check digit (DV), as 900.123.456-8")
        }
        let number = nit.dropLast().drop { $0 == "0" }
        guard digitRange.contains(number.count) else {
            throw .malformed("a NIT has \(digitRange.lowerBound) to \(digitRange.upperBound) digits followed by its check digit (DV), as 900.123.456-8")
        }
        let expected = checkDigit(of: number)
        if expected != found { throw .checkDigitMismatch(expected: expected, found: found) }
        return "\(number)-\(found)"
    }

    /// The DV of a NIT number of at most 15 decimal digits.
    package static func checkDigit(of number: some BidirectionalCollection<Character>) -> Character {
        precondition(number.count <= weights.count, "a NIT number has at most \(weights.count) digits")
        var sum = 0
        for (character, weight) in zip(number.reversed(), weights) {
            sum += (character.wholeNumberValue ?? 0) * weight
        }
        let remainder = sum % 11
        return Character(String(remainder < 2 ? remainder : 11 - remainder))
    }
}
