/// A client's email address, trimmed, lower-cased and checked.
///
/// The check is a pragmatic subset of RFC 5321/5322 that accepts what people type and refuses
/// what cannot be delivered to:
/// - at most 255 characters in all (domain.md; RFC 5321 itself stops at 254 octets in a path);
/// - exactly one `@`; no spaces or control characters anywhere;
/// - a local part of 1 to 64 UTF-8 bytes made of RFC 5322 `atext` (letters, digits and
///   ``!#$%&'*+/=?^_`{|}~-``) and dots, no leading, trailing or doubled dot. Quoted local parts
///   (`"john doe"@example.com`) and comments are refused: nobody gives a CRM one on purpose, and
///   they break the tools the address is later exported to;
/// - a domain of at least two dot-separated labels, each 1 to 63 UTF-8 bytes of letters, digits
///   and hyphens, not starting or ending with a hyphen; the last label (the top-level domain) is
///   not all digits, so an IP-like `1.2.3.4` is refused, and address literals (`[192.0.2.1]`)
///   are not accepted.
///
/// Internationalised addresses (RFC 6531) are stored as given: a non-ASCII letter counts as a
/// letter in both parts, and a domain may be written in Unicode (`ñandú.cl`) or in its punycode
/// form (`xn--and-6ma2c.cl`). No IDNA conversion is done (there is no IDNA library among our
/// dependencies), so those two spellings are different addresses for the uniqueness check; the
/// lower-casing is Unicode's, so `ÑANDÚ.CL` and `ñandú.cl` are the same.
///
/// Lower-casing the local part is the domain's rule (stored lower-cased, unique
/// case-insensitively); in practice no mail provider distinguishes case there.
package struct EmailAddress: Sendable, Hashable, CustomStringConvertible {
    /// The normalised address, as stored and returned.
    package let value: String

    /// The longest address accepted, in characters (``ClientFieldLimits/email``).
    package static let maximumLength = ClientFieldLimits.email.maximumLength

    /// Normalises and checks `text`.
    ///
    /// - Throws: ``EmailAddressError`` saying what is wrong with it.
    package init(_ text: String) throws(EmailAddressError) {
        let normalised = TextRule.trimmed(text).lowercased()
        if normalised.isEmpty { throw .empty }
        if normalised.unicodeScalars.count > Self.maximumLength { throw .tooLong(maximum: Self.maximumLength) }
        if normalised.unicodeScalars.contains(where: { TextRule.isSpaceOrControl($0) }) { throw .spaceOrControlCharacter }
        let parts = normalised.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw parts.count < 2 ? .missingAt : .severalAts }
        try Self.checkLocalPart(parts[0])
        try Self.checkDomain(parts[1])
        value = normalised
    }

    /// An address read back from storage, checked when it was written. Not checked again, so a
    /// rule tightened later never makes a stored row unreadable.
    package init(stored value: String) {
        self.value = value
    }

    package var description: String { value }

    /// The part after the `@`.
    package var domain: Substring { value[value.index(after: value.firstIndex(of: "@")!)...] }

    private static func checkLocalPart(_ local: Substring) throws(EmailAddressError) {
        if local.isEmpty { throw .emptyLocalPart }
        if local.utf8.count > 64 { throw .localPartTooLong }
        if local.first == "." || local.last == "." || local.contains("..") { throw .misplacedDot }
        for scalar in local.unicodeScalars where !(scalar == "." || isAtext(scalar)) {
            throw .invalidCharacter(Character(scalar))
        }
    }

    private static func checkDomain(_ domain: Substring) throws(EmailAddressError) {
        if domain.isEmpty { throw .emptyDomain }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { throw .domainWithoutDot }
        for label in labels {
            if label.isEmpty { throw .misplacedDot }
            if label.utf8.count > 63 { throw .labelTooLong(String(label)) }
            if label.first == "-" || label.last == "-" { throw .labelHyphen(String(label)) }
            for scalar in label.unicodeScalars where !(scalar == "-" || isLetterOrDigit(scalar)) {
                throw .invalidCharacter(Character(scalar))
            }
        }
        if let topLevel = labels.last, topLevel.allSatisfy(\.isASCII), topLevel.allSatisfy(\.isNumber) {
            throw .numericTopLevelDomain
        }
    }

    /// RFC 5322 `atext`, widened to non-ASCII letters and digits as RFC 6532 does.
    private static func isAtext(_ scalar: Unicode.Scalar) -> Bool {
        if isLetterOrDigit(scalar) { return true }
        return "!#$%&'*+/=?^_`{|}~-".unicodeScalars.contains(scalar)
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark
    }
}

/// Why a text is not an email address we accept. Each case's ``message`` is what a
/// BAD_USER_INPUT on `email` says.
package enum EmailAddressError: Error, Sendable, Hashable, CustomStringConvertible {
    case empty
    case tooLong(maximum: Int)
    case spaceOrControlCharacter
    case missingAt
    case severalAts
    case emptyLocalPart
    case localPartTooLong
    case misplacedDot
    case invalidCharacter(Character)
    case emptyDomain
    case domainWithoutDot
    case labelTooLong(String)
    case labelHyphen(String)
    case numericTopLevelDomain

    package var message: String {
        switch self {
        case .empty: "an email address must not be empty"
        case .tooLong(let maximum): "an email address has at most \(maximum) characters"
        case .spaceOrControlCharacter: "an email address contains no spaces or control characters"
        case .missingAt: "an email address has an @ between its local part and its domain"
        case .severalAts: "an email address has exactly one @"
        case .emptyLocalPart: "an email address has something before its @"
        case .localPartTooLong: "the part before the @ has at most 64 bytes"
        case .misplacedDot: "an email address does not start or end a part with a dot, nor have two dots in a row"
        case .invalidCharacter(let character): "an email address may not contain “\(character)”"
        case .emptyDomain: "an email address has a domain after its @"
        case .domainWithoutDot: "the domain of an email address has a dot (example.com)"
        case .labelTooLong(let label): "the domain label “\(label)” is longer than 63 bytes"
        case .labelHyphen(let label): "the domain label “\(label)” starts or ends with a hyphen"
        case .numericTopLevelDomain: "the domain of an email address ends with a name, not a number"
        }
    }

    package var description: String { message }
}
