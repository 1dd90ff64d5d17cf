/// A client's public reference: the organization's prefix and 10 random Crockford base-32
/// characters, as `CL-7K3QX9M2TD`.
///
/// Crockford's alphabet (digits and letters without I, L, O and U) survives being read aloud
/// and copied by hand. Ten characters carry 50 random bits: about 10^15 values, so references
/// are not sequential and cannot be enumerated. They come from `SystemRandomNumberGenerator`
/// (the operating system's generator): a refid is not a secret, and knowing one grants nothing
/// (every lookup is scoped by the caller's access), so a cryptographic source would add nothing
/// but a dependency. Uniqueness is the repository's job: the column has a unique index, and on
/// the (about one in 10^15 per pair) collision the repository draws again.
///
/// The prefix is the organization's `refidPrefix` at creation time and stays with the refid when
/// the setting later changes; a refid is never reused, even after a purge.
package struct RefID: Sendable, Hashable, CustomStringConvertible {
    /// Crockford's base-32 alphabet, in value order.
    package static let alphabet: [Character] = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
    /// The number of random characters after the prefix.
    package static let codeLength = 10
    /// The longest prefix an organization may choose.
    package static let maximumPrefixLength = 16

    /// The whole reference, prefix included.
    package let value: String

    private init(value: String) {
        self.value = value
    }

    /// The organization's prefix part.
    package var prefix: Substring { value.dropLast(Self.codeLength) }
    /// The random part.
    package var code: Substring { value.suffix(Self.codeLength) }

    package var description: String { value }

    /// A new reference with `prefix` and fresh random characters.
    ///
    /// - Parameter prefix: The organization's `refidPrefix`. Tenancy owns that setting and
    ///   cannot import this module, so it must apply the same rule when the setting is written
    ///   (see ``validatePrefix(_:)``); a prefix that breaks it is refused here rather than used,
    ///   since a refid with a lower-case prefix could never be found again.
    /// - Throws: ``RefIDError/invalidPrefix``.
    package static func generate(prefix: String) throws(RefIDError) -> RefID {
        var generator = SystemRandomNumberGenerator()
        return try generate(prefix: prefix, using: &generator)
    }

    /// A new reference drawing from `generator`, for tests that need a repeatable draw.
    ///
    /// - Throws: ``RefIDError/invalidPrefix``.
    package static func generate(prefix: String, using generator: inout some RandomNumberGenerator) throws(RefIDError) -> RefID {
        try validatePrefix(prefix)
        // 50 bits from one draw: ten 5-bit groups, each an index into the alphabet.
        var bits = generator.next() as UInt64
        var code = ""
        for _ in 0..<codeLength {
            code.append(alphabet[Int(bits & 0x1F)])
            bits >>= 5
        }
        return RefID(value: prefix + code)
    }

    /// Reads a reference given to `client(refid:)`.
    ///
    /// Lenient where Crockford's scheme says to be: surrounding white space is trimmed, lower
    /// case is read as upper case, and in the random part the look-alikes `O` and `I`/`L` are
    /// read as `0` and `1`, so a reference copied from paper still finds its client. The prefix
    /// part is only upper-cased (it may contain any of those letters on purpose).
    ///
    /// - Throws: ``RefIDError`` for a text that no generated reference can equal, so the
    ///   resolver can answer BAD_USER_INPUT on `refid` without a query.
    package init(parsing text: String) throws(RefIDError) {
        let trimmed = TextRule.trimmed(text).uppercased()
        guard trimmed.count >= Self.codeLength else { throw .tooShort(minimum: Self.codeLength) }
        let prefix = String(trimmed.dropLast(Self.codeLength))
        guard Self.validPrefix(prefix) else { throw .invalidPrefix }
        var code = ""
        for character in trimmed.suffix(Self.codeLength) {
            let read: Character = switch character {
            case "O": "0"
            case "I", "L": "1"
            default: character
            }
            guard Self.alphabet.contains(read) else { throw .invalidCharacter(character) }
            code.append(read)
        }
        self.init(value: prefix + code)
    }

    /// Checks an organization's `refidPrefix` setting: at most 16 characters of `A–Z`, `0–9`, `-`
    /// and `_`. Upper case only, so that reading a refid back (upper-cased) finds the prefix. An
    /// empty prefix is allowed (bare codes), since nothing in the format needs one.
    ///
    /// - Throws: ``RefIDError/invalidPrefix``.
    package static func validatePrefix(_ prefix: String) throws(RefIDError) {
        guard validPrefix(prefix) else { throw .invalidPrefix }
    }

    private static func validPrefix(_ prefix: String) -> Bool {
        prefix.count <= maximumPrefixLength
            && prefix.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}

/// Why a text cannot be a refid (or a prefix); a BAD_USER_INPUT with ``message``.
package enum RefIDError: Error, Sendable, Hashable, CustomStringConvertible {
    case tooShort(minimum: Int)
    case invalidPrefix
    case invalidCharacter(Character)

    package var message: String {
        switch self {
        case .tooShort(let minimum): "a refid is its organization's prefix followed by \(minimum) characters"
        case .invalidPrefix: "a refid prefix has at most \(RefID.maximumPrefixLength) characters among A–Z, 0–9, - and _"
        case .invalidCharacter(let character): "“\(character)” is not a character of a refid (Crockford base 32: digits and letters except I, L, O, U)"
        }
    }

    package var description: String { message }
}
