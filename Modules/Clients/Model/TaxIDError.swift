package import GraphQL

/// Why a tax id is refused; reported as INVALID_TAX_ID on `taxId` with ``message`` and, in
/// `extensions.reason` (through ``issue``), the machine-readable ``reason``.
package enum TaxIDError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case tooLong(maximum: Int, length: Int)
    case controlCharacter
    /// Not the shape the country's ids have; the text says which shape is expected.
    case malformed(String)
    /// An RFC of the length of the other client type.
    case wrongLengthForType(type: ClientType, expected: Int, length: Int)
    /// An RFC whose six digits are not a date.
    case invalidDate(String)
    /// A check digit that is enforced (RUT, NIT) and does not match.
    case checkDigitMismatch(expected: Character, found: Character)

    package var code: ErrorCode { ClientErrorCodes.invalidTaxID }

    /// A stable name for the reason, for clients that translate messages.
    package var reason: String {
        switch self {
        case .empty: "EMPTY"
        case .tooLong: "TOO_LONG"
        case .controlCharacter: "CONTROL_CHARACTER"
        case .malformed: "MALFORMED"
        case .wrongLengthForType: "WRONG_LENGTH_FOR_TYPE"
        case .invalidDate: "INVALID_DATE"
        case .checkDigitMismatch: "CHECK_DIGIT_MISMATCH"
        }
    }

    package var message: String {
        switch self {
        case .empty: "a tax id must not be empty"
        case .tooLong(let maximum, let length): "a tax id has at most \(maximum) characters (got \(length))"
        case .controlCharacter: "a tax id may not contain control characters"
        case .malformed(let expectation): expectation
        case .wrongLengthForType(let type, let expected, let length):
            "the RFC of a client of type \(type.rawValue) has \(expected) characters (got \(length))"
        case .invalidDate(let digits): "the RFC's date part \(digits) is not a real date (YYMMDD)"
        case .checkDigitMismatch(let expected, let found):
            "the check digit is \(found) but the number asks for \(expected)"
        }
    }

    /// The issue a client input reports for this error.
    package var issue: ClientInputIssue {
        ClientInputIssue(field: ClientFieldLimits.taxId.field, code: code, message: message, reason: reason)
    }

    package var description: String { "\(reason): \(message)" }
}
