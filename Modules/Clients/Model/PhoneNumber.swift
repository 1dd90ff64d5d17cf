/// A client's phone number, normalised to digits with an optional leading `+`.
///
/// Normalisation removes what people put in numbers to read them: spaces (any Unicode white
/// space), dashes, dots and parentheses, so `+56 (9) 8765-4321` becomes `+56987654321`. What
/// is left must be digits, with one `+` allowed only in front; letters, extensions (`x123`),
/// slashes and a second `+` are refused rather than guessed at.
///
/// Length: at most 20 characters after normalisation, the `+` included (domain.md); at least
/// 5 digits, decided here: the shortest subscriber numbers in use have 4 to 5 digits, and
/// anything shorter is a typo or a service code, not a way to reach a client. No country
/// dialling rules are applied: the organization's clients may live anywhere.
package struct PhoneNumber: Sendable, Hashable, CustomStringConvertible {
    /// The normalised number, as stored and returned.
    package let value: String

    package static let maximumLength = ClientFieldLimits.phone.maximumLength
    package static let minimumDigits = 5

    /// Normalises and checks `text`.
    ///
    /// - Throws: ``PhoneNumberError`` saying what is wrong.
    package init(_ text: String) throws(PhoneNumberError) {
        var normalised = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "-" || scalar == "." || scalar == "(" || scalar == ")" { continue }
            if scalar == "+" {
                guard normalised.isEmpty else { throw .misplacedPlus }
                normalised.unicodeScalars.append(scalar)
            } else if ("0"..."9").contains(scalar) {
                normalised.unicodeScalars.append(scalar)
            } else {
                throw .invalidCharacter(Character(scalar))
            }
        }
        if normalised.isEmpty { throw .empty }
        if normalised.count > Self.maximumLength { throw .tooLong(maximum: Self.maximumLength) }
        let digits = normalised.hasPrefix("+") ? normalised.count - 1 : normalised.count
        if digits < Self.minimumDigits { throw .tooFewDigits(minimum: Self.minimumDigits) }
        value = normalised
    }

    /// A number read back from storage, checked when it was written (not checked again).
    package init(stored value: String) {
        self.value = value
    }

    package var description: String { value }
}

/// Why a text is not a phone number we accept; ``message`` is what a BAD_USER_INPUT on `phone` says.
package enum PhoneNumberError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case invalidCharacter(Character)
    case misplacedPlus
    case tooLong(maximum: Int)
    case tooFewDigits(minimum: Int)

    package var message: String {
        switch self {
        case .empty: "a phone number must not be empty"
        case .invalidCharacter(let character): "a phone number has digits, an optional leading +, and spaces, dashes, dots or parentheses between them; “\(character)” is none of those"
        case .misplacedPlus: "a phone number has at most one +, in front"
        case .tooLong(let maximum): "a phone number has at most \(maximum) characters once spaces and punctuation are removed"
        case .tooFewDigits(let minimum): "a phone number has at least \(minimum) digits"
        }
    }

    package var description: String { message }
}
