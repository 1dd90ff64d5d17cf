package import GraphQL

/// The checks every Tenancy input goes through, each failing with BAD_USER_INPUT that names the
/// input field in `extensions.field` (api.md, "Error codes").
///
/// Field names are the input's own names (`email`, `settings.refidPrefix`), as a form would show
/// them next to the offending box.
package enum InputRules {
    /// A trimmed, non-empty text of at most `maximum` characters.
    package static func text(_ value: String, field: String, maximum: Int) throws(ResolverError) -> String {
        let trimmed = value.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw .badUserInput("\(field) must not be empty.", field: field) }
        guard trimmed.count <= maximum else {
            throw .badUserInput("\(field) must be at most \(maximum) characters.", field: field)
        }
        return trimmed
    }

    /// An email address, trimmed and lower-cased: at most 255 characters, one `@` with a local
    /// part before it and a dotted domain after it, no spaces. Deliverability is not checked;
    /// the aim is to refuse typos such as a missing `@` or a trailing comma.
    package static func email(_ value: String, field: String = "email") throws(ResolverError) -> String {
        let email = value.trimmingWhitespace().lowercased()
        guard email.count <= 255 else { throw .badUserInput("email must be at most 255 characters.", field: field) }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        let allowed = { (character: Character) in
            character.isLetter || character.isNumber || "._%+-'".contains(character)
        }
        guard parts.count == 2, let local = parts.first, let domain = parts.last,
            !local.isEmpty, local.allSatisfy(allowed),
            domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix("."), !domain.contains(".."),
            domain.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" })
        else {
            throw .badUserInput("\"\(value)\" is not a valid email address.", field: field)
        }
        return email
    }

    /// A slug: lower-case ASCII letters and digits in groups joined by single hyphens, at most
    /// 63 characters (a DNS label, so a slug can name a subdomain).
    package static func slug(_ value: String, field: String = "slug") throws(ResolverError) -> String {
        let slug = value.trimmingWhitespace()
        let isAlphanumeric = { (byte: UInt8) in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        let bytes = Array(slug.utf8)
        let wellFormed = !bytes.isEmpty && bytes.count <= 63 && isAlphanumeric(bytes.first!) && isAlphanumeric(bytes.last!)
            && bytes.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") }
            && !slug.contains("--")
        guard wellFormed else {
            throw .badUserInput(
                "slug must be lower-case letters and digits joined by single hyphens, at most 63 characters, such as \"agencia-luna\".",
                field: field)
        }
        return slug
    }

    /// An ISO 3166-1 alpha-2 country code, upper-cased (`mx` → `MX`).
    package static func country(_ value: String, field: String = "country") throws(ResolverError) -> String {
        try letters(value, count: 2, field: field, what: "an ISO 3166-1 alpha-2 country code such as MX")
    }

    /// An ISO 4217 currency code, upper-cased (`mxn` → `MXN`).
    package static func currency(_ value: String, field: String = "currency") throws(ResolverError) -> String {
        try letters(value, count: 3, field: field, what: "an ISO 4217 currency code such as MXN")
    }

    /// An integer within bounds.
    package static func integer(_ value: Int, field: String, in range: ClosedRange<Int>) throws(ResolverError) -> Int {
        guard range.contains(value) else {
            throw .badUserInput("\(field) must be between \(range.lowerBound) and \(range.upperBound).", field: field)
        }
        return value
    }

    private static func letters(_ value: String, count: Int, field: String, what: String) throws(ResolverError) -> String {
        let code = value.trimmingWhitespace().uppercased()
        guard code.utf8.count == count, code.utf8.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else {
            throw .badUserInput("\(field) must be \(what).", field: field)
        }
        return code
    }
}

extension String {
    /// The text without leading and trailing white space (spaces, tabs, line breaks).
    func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
