/// A GraphQL document's text, kept as UTF-8 bytes, with the means to turn byte offsets into
/// line and column.
///
/// The line table is built on first use only: most documents are valid and never need it.
package struct Source: Sendable {
    package let text: String
    package let bytes: [UInt8]
    /// A name for messages, such as a file name (`schema/clients.graphql`).
    package let name: String

    package init(_ text: String, name: String = "GraphQL request") {
        self.text = text
        self.bytes = Array(text.utf8)
        self.name = name
    }

    /// The line and column of a UTF-8 byte offset. Line terminators are `\n`, `\r\n` and `\r`,
    /// as the specification's LineTerminator production says.
    package func location(ofOffset offset: Int) -> SourceLocation {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            } else if byte == UInt8(ascii: "\r") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                    if index + 1 >= end { break }
                    index += 1
                }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return SourceLocation(line: line, column: utf16Count(from: lineStart, to: end) + 1)
    }

    /// The start location of an AST node's span.
    package func location(of location: Location) -> SourceLocation {
        self.location(ofOffset: location.start)
    }

    private func utf16Count(from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                count += 1; index += 1
            } else if byte >= 0xF0 {
                count += 2; index += 4  // outside the BMP: a surrogate pair
            } else if byte >= 0xE0 {
                count += 1; index += 3
            } else if byte >= 0xC0 {
                count += 1; index += 2
            } else {
                index += 1  // a continuation byte reached by an offset inside a character
            }
        }
        return count
    }
}
