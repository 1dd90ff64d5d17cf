/// The block string algorithms of the specification and graphql-js: the value of a block string
/// as read, and how to write a value back as a block string.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-String-Value.Block-Strings
enum BlockString {
    /// BlockStringValue(): the value of raw block string text.
    ///
    /// - Parameters:
    ///   - raw: The text between the quotes, `\"""` already unescaped and every line terminator
    ///     written as `\n`.
    ///   - lineStarts: The offset in `raw` where each line starts; the first is 0.
    static func value(raw: [UInt8], lineStarts: [Int]) -> String {
        let lineCount = lineStarts.count
        func lineEnd(_ line: Int) -> Int { line + 1 < lineCount ? lineStarts[line + 1] - 1 : raw.count }
        var commonIndent = Int.max
        var firstNonBlank = -1
        var lastNonBlank = -1
        for line in 0..<lineCount {
            let start = lineStarts[line]
            let end = lineEnd(line)
            var indent = 0
            while start + indent < end, raw[start + indent] == 0x20 || raw[start + indent] == 0x09 { indent += 1 }
            if start + indent == end { continue }  // blank: only whitespace
            if firstNonBlank < 0 { firstNonBlank = line }
            lastNonBlank = line
            if line != 0, indent < commonIndent { commonIndent = indent }
        }
        guard firstNonBlank >= 0 else { return "" }
        var value: [UInt8] = []
        value.reserveCapacity(raw.count)
        for line in firstNonBlank...lastNonBlank {
            if line > firstNonBlank { value.append(0x0A) }
            let start = lineStarts[line]
            let end = lineEnd(line)
            let dropped = line == 0 ? 0 : min(commonIndent, end - start)
            value.append(contentsOf: raw[(start + dropped)..<end])
        }
        return String(decoding: value, as: UTF8.self)
    }

    /// Whether printing `value` as a block string and reading it back gives `value` again: it has
    /// no control characters but tab and line feed, no carriage return, no leading or trailing
    /// blank line, and no indentation common to all its lines after the first.
    static func isPrintable(_ value: String) -> Bool {
        if value.isEmpty { return true }
        var isEmptyLine = true
        var hasIndent = false
        var hasCommonIndent = true
        var seenNonEmptyLine = false
        for byte in value.utf8 {
            switch byte {
            case 0x00...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x0D:
                return false
            case 0x0A:
                if isEmptyLine, !seenNonEmptyLine { return false }  // a leading blank line
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
        if isEmptyLine { return false }  // a trailing blank line
        if hasCommonIndent, seenNonEmptyLine { return false }  // indentation the reader would remove
        return true
    }

    /// Writes `value` as a block string the way graphql-js does: on its own lines when it spans
    /// several or is long, `"""` escaped, and a newline before the closing quotes when the value
    /// ends in a quote or a backslash. Call only when ``isPrintable(_:)`` holds.
    static func print(_ value: String) -> String {
        let escaped = escapingTripleQuotes(value)
        let lines = escaped.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        let isSingleLine = lines.count == 1
        let forceLeadingNewLine = lines.count > 1
            && lines.dropFirst().allSatisfy { $0.isEmpty || $0.first == 0x20 || $0.first == 0x09 }
        let hasTrailingTripleQuotes = value.utf8.count >= 3 && value.utf8.suffix(3).allSatisfy { $0 == 0x22 }
        let hasTrailingQuote = value.utf8.last == 0x22 && !hasTrailingTripleQuotes
        let hasTrailingSlash = value.utf8.last == 0x5C
        let forceTrailingNewLine = hasTrailingQuote || hasTrailingSlash
        let printAsMultipleLines = !isSingleLine || value.utf16.count > 70
            || forceTrailingNewLine || forceLeadingNewLine || hasTrailingTripleQuotes
        var result = ""
        let skipLeadingNewLine = isSingleLine && (value.utf8.first == 0x20 || value.utf8.first == 0x09)
        if (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine { result += "\n" }
        result += escaped
        if printAsMultipleLines || forceTrailingNewLine { result += "\n" }
        return "\"\"\"" + result + "\"\"\""
    }

    /// `value` with every `"""` written `\"""`, working on bytes so that a quote followed by a
    /// combining mark is still seen as a quote.
    private static func escapingTripleQuotes(_ value: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(value.utf8.count)
        var quotes = 0
        for byte in value.utf8 {
            if byte == 0x22 {
                quotes += 1
                if quotes == 3 {
                    bytes.append(0x5C)
                    bytes.append(contentsOf: [0x22, 0x22, 0x22])
                    quotes = 0
                }
            } else {
                bytes.append(contentsOf: repeatElement(0x22, count: quotes))
                quotes = 0
                bytes.append(byte)
            }
        }
        bytes.append(contentsOf: repeatElement(0x22, count: quotes))
        return String(decoding: bytes, as: UTF8.self)
    }
}
