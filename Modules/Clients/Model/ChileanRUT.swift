/// Chile's Rol Único Tributario: a number and its mod-11 check digit, enforced.
///
/// The check digit: the number's digits from the right are multiplied by 2, 3, 4, 5, 6, 7, then
/// 2, 3, … again; the check digit is `11 − sum mod 11`, written `0` for 11 and `K` for 10.
/// Leading zeros are dropped (they do not change the digit), and the stored form is the number,
/// a dash and the check digit, without thousands dots: `12345678-5`, `10626628-K`.
package enum ChileanRUT {
    /// The most digits a RUT number has (companies reach the 99 millions).
    package static let maximumDigits = 8

    /// Checks a normalised RUT (``TaxID/normalised(_:)``: no dots or dashes, `k` upper-cased).
    ///
    /// - Returns: The stored form.
    /// - Throws: ``TaxIDError``: a malformed text, or a check digit that does not match.
    package static func validate(_ rut: String) throws(TaxIDError) -> String {
        if rut.isEmpty { throw .empty }
        guard let found = rut.last else { throw .empty }
        let number = rut.dropLast().drop { $0 == "0" }
        guard !number.isEmpty, number.count <= maximumDigits, number.allSatisfy({ ("0"..."9").contains($0) }),
            ("0"..."9").contains(found) || found == "K"
        else {
            throw .malformed("a RUT is a number of up to \(maximumDigits) digits and a check digit (0–9 or K), as 12.345.678-5")
        }
        let expected = checkDigit(of: number)
        if expected != found { throw .checkDigitMismatch(expected: expected, found: found) }
        return "\(number)-\(found)"
    }

    /// The check digit of a RUT number given as decimal digits.
    package static func checkDigit(of number: some BidirectionalCollection<Character>) -> Character {
        var sum = 0
        var weight = 2
        for character in number.reversed() {
            sum += (character.wholeNumberValue ?? 0) * weight
            weight = weight == 7 ? 2 : weight + 1
        }
        let digit = 11 - sum % 11
        switch digit {
        case 11: return "0"
        case 10: return "K"
        default: return Character(String(digit))
        }
    }
}
