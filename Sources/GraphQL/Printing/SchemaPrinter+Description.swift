extension SchemaPrinter {
    /// A description above a definition, as a block string when it can be one, followed by a
    /// newline; each line indented like the definition, with a blank line before every
    /// described item but the first of a block.
    package static func description(_ text: String?, indentation: String = "", firstInBlock: Bool = true) -> String {
        guard let text else { return "" }
        let literal = isPrintableAsBlockString(text) ? LiteralPrinting.blockString(text) : LiteralPrinting.string(text)
        let prefix = !indentation.isEmpty && !firstInBlock ? "\n" + indentation : indentation
        return prefix + literal.replacing("\n", with: "\n" + indentation) + "\n"
    }

    /// Whether a block string reads back as exactly `text`, following graphql-js's
    /// `isPrintableAsBlockString`: no control characters or carriage returns, no blank first or
    /// last line, and no indentation common to every line after the first (which reading a block
    /// string removes).
    static func isPrintableAsBlockString(_ text: String) -> Bool {
        if text.isEmpty { return true }
        var isEmptyLine = true
        var hasIndent = false
        var hasCommonIndent = true
        var seenNonEmptyLine = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            // graphql-js's list stops at U+000F; it is mirrored as is so both print alike.
            case 0x00...0x08, 0x0B, 0x0C, 0x0E, 0x0F, 0x0D:
                return false
            case 0x0A:
                if isEmptyLine && !seenNonEmptyLine { return false }
                seenNonEmptyLine = true
                isEmptyLine = true
                hasIndent = false
            case 0x09, 0x20:
                hasIndent = hasIndent || isEmptyLine
            default:
                hasCommonIndent = hasCommonIndent && hasIndent
                isEmptyLine = false
            }
        }
        if isEmptyLine { return false }
        if hasCommonIndent && seenNonEmptyLine { return false }
        return true
    }
}
