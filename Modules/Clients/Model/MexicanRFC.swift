/// Mexico's Registro Federal de Contribuyentes: the checks of an RFC, already normalised.
///
/// Shape: 4 letters (a person: from the surnames and first name) or 3 (a company: from its
/// name), drawn from `A–Z`, `Ñ` and `&`; 6 digits, the date of birth or incorporation as YYMMDD;
/// and a 3-character homoclave whose last character is the check digit.
///
/// The check digit (SAT's published algorithm, as used by the validators of its RFC service):
/// each of the first 12 characters has a value from the table
/// `0–9 → 0–9, A–N → 10–23, & → 24, O–Z → 25–36, space → 37, Ñ → 38`; a 12-character (company)
/// RFC is first padded with a leading space so that both forms have 12 characters before the
/// check digit; the values are multiplied by the weights 13 down to 2 and summed; the check digit
/// is `11 − sum mod 11`, written `0` when that is 11 and `A` when it is 10.
package enum MexicanRFC {
    /// The result of a check: the stored form, whether it is generic, and the warning, if any.
    package struct Checked: Sendable, Hashable {
        package let value: String
        package let isGeneric: Bool
        package let warning: ClientInputWarning?
    }

    /// Mexico's generic RFCs: the general public (domestic) and foreign residents.
    package static let genericRFCs: Set<String> = ["XAXX010101000", "XEXX010101000"]

    /// The warning code for a check digit that does not match.
    package static let checkDigitWarningCode = "RFC_CHECK_DIGIT_MISMATCH"

    /// Checks a normalised RFC (see ``TaxID/normalised(_:)``) for a client of `clientType`.
    ///
    /// - Throws: ``TaxIDError`` for a bad shape, a length that belongs to the other client type
    ///   or a date that does not exist; never for the check digit.
    package static func validate(_ rfc: String, clientType: ClientType) throws(TaxIDError) -> Checked {
        if rfc.isEmpty { throw .empty }
        if genericRFCs.contains(rfc) { return Checked(value: rfc, isGeneric: true, warning: nil) }
        let characters = Array(rfc)
        guard characters.count == 12 || characters.count == 13 else {
            throw .malformed("an RFC has 12 characters (a company) or 13 (a person): 3 or 4 letters, a date YYMMDD and a 3-character homoclave; got \(characters.count)")
        }
        let letters = characters.count - 9
        let namePart = characters[..<letters]
        let datePart = characters[letters..<(letters + 6)]
        let homoclave = characters[(letters + 6)...]
        guard namePart.allSatisfy(isNameLetter), datePart.allSatisfy(isDigit), homoclave.allSatisfy(isHomoclaveCharacter) else {
            throw .malformed("an RFC is 3 or 4 letters (A–Z, Ñ, &), 6 digits (YYMMDD) and 3 letters or digits")
        }
        let expectedLength = clientType == .company ? 12 : 13
        if characters.count != expectedLength {
            throw .wrongLengthForType(type: clientType, expected: expectedLength, length: characters.count)
        }
        let digits = String(datePart)
        if !isRealDate(digits) { throw .invalidDate(digits) }
        let expected = checkDigit(of: characters.dropLast())
        let found = characters[characters.count - 1]
        var warning: ClientInputWarning?
        if expected != found {
            warning = ClientInputWarning(
                field: ClientFieldLimits.taxId.field,
                code: checkDigitWarningCode,
                message: "the RFC's check digit is \(found) where SAT's algorithm gives \(expected); accepted, since some RFCs SAT issued do not follow it, but worth checking against the tax certificate"
            )
        }
        return Checked(value: rfc, isGeneric: false, warning: warning)
    }

    /// The check digit of an RFC's first 11 (company) or 12 (person) characters.
    ///
    /// - Precondition: every character is in the value table (letters, digits, `&`, `Ñ`).
    package static func checkDigit(of body: some Collection<Character>) -> Character {
        precondition(body.count == 11 || body.count == 12, "an RFC without its check digit has 11 or 12 characters")
        var sum = body.count == 11 ? characterValue(" ") * 13 : 0
        var weight = body.count == 11 ? 12 : 13
        for character in body {
            sum += characterValue(character) * weight
            weight -= 1
        }
        let digit = (11 - sum % 11) % 11
        return digit == 10 ? "A" : Character(String(digit))
    }

    /// The value of a character in SAT's table.
    private static func characterValue(_ character: Character) -> Int {
        guard let index = valueTable.firstIndex(of: character) else {
            preconditionFailure("“\(character)” has no value in the RFC table")
        }
        return valueTable.distance(from: valueTable.startIndex, to: index)
    }

    private static let valueTable = Array("0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ \u{D1}")

    private static func isNameLetter(_ character: Character) -> Bool {
        character == "&" || character == "\u{D1}" || ("A"..."Z").contains(character)
    }

    private static func isDigit(_ character: Character) -> Bool {
        ("0"..."9").contains(character)
    }

    private static func isHomoclaveCharacter(_ character: Character) -> Bool {
        isDigit(character) || ("A"..."Z").contains(character)
    }

    /// Whether YYMMDD names a day that exists in some year of 19YY or 20YY. A YY divisible by 4
    /// allows 29 February (2000 was a leap year, so `000229` is real; 1900 was not, but no
    /// taxpayer alive was born or founded in February 1900).
    private static func isRealDate(_ digits: String) -> Bool {
        let numbers = Array(digits.utf8).map { Int($0 - UInt8(ascii: "0")) }
        let year = numbers[0] * 10 + numbers[1]
        let month = numbers[2] * 10 + numbers[3]
        let day = numbers[4] * 10 + numbers[5]
        guard (1...12).contains(month), day >= 1 else { return false }
        let daysInMonth = switch month {
        case 2: year % 4 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
        return day <= daysInMonth
    }
}
