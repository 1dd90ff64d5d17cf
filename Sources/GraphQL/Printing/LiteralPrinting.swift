/// GraphQL text for values, types and strings, in graphql-js's style, for introspection's
/// `defaultValue` and the schema printer.
///
/// Kept apart so that the two callers share one spelling; it prints values itself until the
/// parser's `Printer` is on main, then forwards to it.
package enum LiteralPrinting {
    /// A value literal as graphql-js's `print` writes it: `[1, 2]`, `{a: 1}`, `"text"`.
    package static func print(_ value: ValueNode) -> String {
        switch value.kind {
        case .variable(let name): "$" + name
        case .int(let text), .float(let text): text
        case .string(let text, let block): block ? blockString(text) : string(text)
        case .boolean(let flag): flag ? "true" : "false"
        case .null: "null"
        case .enumValue(let name): name
        case .list(let items): "[" + items.map(print).joined(separator: ", ") + "]"
        case .object(let fields): "{" + fields.map { $0.name.value + ": " + print($0.value) }.joined(separator: ", ") + "}"
        }
    }

    /// A type reference: `[Name!]!`.
    package static func print(_ type: TypeReference) -> String {
        type.description
    }

    /// A quoted string, escaping what graphql-js's `printString` escapes: `"`, `\`, and the C0
    /// and C1 control characters.
    package static func string(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x08: result += "\\b"
            case 0x09: result += "\\t"
            case 0x0A: result += "\\n"
            case 0x0C: result += "\\f"
            case 0x0D: result += "\\r"
            case 0x22: result += "\\\""
            case 0x5C: result += "\\\\"
            case 0x00...0x1F, 0x7F...0x9F: result += "\\u" + hex4(scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A block string as graphql-js's `printBlockString` writes it: on its own lines when the
    /// text has several lines or is long, and with the breaks that keep the text unchanged when
    /// it is read back (a trailing quote or backslash, leading indentation).
    package static func blockString(_ text: String) -> String {
        let escaped = text.replacing("\"\"\"", with: "\\\"\"\"")
        let lines = splitLines(escaped)
        let isSingleLine = lines.count == 1
        let forceLeadingNewLine = lines.count > 1 && lines.dropFirst().allSatisfy { line in
            line.first.map(isWhiteSpace) ?? true
        }
        let hasTrailingTripleQuotes = escaped.hasSuffix("\\\"\"\"")
        let hasTrailingQuote = text.hasSuffix("\"") && !hasTrailingTripleQuotes
        let hasTrailingSlash = text.hasSuffix("\\")
        let forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash
        let printAsMultipleLines = !isSingleLine || text.utf16.count > 70 || forceTrailingNewLine
            || forceLeadingNewLine || hasTrailingTripleQuotes
        let skipLeadingNewLine = isSingleLine && (text.first.map(isWhiteSpace) ?? false)
        var result = "\"\"\""
        if (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine { result += "\n" }
        result += escaped
        if printAsMultipleLines || forceTrailingNewLine { result += "\n" }
        return result + "\"\"\""
    }

    private static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            // "\r\n" is one Character in Swift, so one test covers the three line terminators.
            if text[index] == "\n" || text[index] == "\r" || text[index] == "\r\n" {
                lines.append(text[start..<index])
                index = text.index(after: index)
                start = index
            } else {
                index = text.index(after: index)
            }
        }
        lines.append(text[start..<text.endIndex])
        return lines
    }

    private static func isWhiteSpace(_ character: Character) -> Bool {
        character == " " || character == "\t"
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
