/// The rule for one free-text field of a client: its input name, its longest length, and whether
/// it may span lines.
///
/// Every text is trimmed of surrounding white space first, and a text that is empty after
/// trimming counts as absent (an optional field is cleared, a required one is missing): a form
/// that sends `""` for a field the user left blank must not store a blank.
///
/// Lengths are counted in Unicode scalars (code points), which is what PostgreSQL's
/// `char_length` and `varchar(n)` count, so a limit checked here is the limit the column would
/// enforce; `"Ñandú"` is 5, an emoji with a skin-tone modifier is 2.
///
/// Single-line fields (names, the acquisition detail) refuse every control character, line
/// breaks included; multi-line fields (notes, the billing address, the street) accept line feeds,
/// carriage returns and tabs, and refuse the other control characters (NUL, escape, …), which
/// no keyboard produces and which break exports.
package struct TextRule: Sendable, Hashable {
    /// The input field, as `extensions.field` names it (`address.street` for a nested one).
    package let field: String
    /// The longest text accepted, in Unicode scalars.
    package let maximumLength: Int
    package let allowsLineBreaks: Bool

    package init(field: String, maximumLength: Int, allowsLineBreaks: Bool = false) {
        self.field = field
        self.maximumLength = maximumLength
        self.allowsLineBreaks = allowsLineBreaks
    }

    /// The trimmed text, or nil when nothing is left of it.
    ///
    /// - Throws: ``ClientInputIssue`` (BAD_USER_INPUT on ``field``) for a text too long or one
    ///   with a control character the field does not take.
    package func normalise(_ text: String) throws(ClientInputIssue) -> String? {
        let trimmed = Self.trimmed(text)
        if trimmed.isEmpty { return nil }
        let length = trimmed.unicodeScalars.count
        if length > maximumLength {
            throw .badUserInput(field: field, "\(field) has at most \(maximumLength) characters (got \(length))")
        }
        for scalar in trimmed.unicodeScalars where scalar.properties.generalCategory == .control {
            if allowsLineBreaks, scalar == "\n" || scalar == "\r" || scalar == "\t" { continue }
            let kind = scalar == "\n" || scalar == "\r" ? "a line break" : "a control character (U+\(String(scalar.value, radix: 16, uppercase: true)))"
            throw .badUserInput(field: field, "\(field) may not contain \(kind)")
        }
        return trimmed
    }

    /// `text` without the white space (Unicode's, so no-break spaces too) around it.
    package static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }

    /// A space of any kind or a control character.
    static func isSpaceOrControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
    }
}
