extension Lexer {
    /// `StringValue :: " StringCharacter* "`, decoding escapes into ``stringValue``.
    ///
    /// `StringCharacter` is any source character but `"`, `\` and a line terminator, or an
    /// escape: `\u` with four hex digits (a surrogate pair written as two such escapes makes one
    /// character; a lone surrogate is an error), `\u{…}` with one to eight hex digits naming a
    /// Unicode scalar value, or one of `\" \\ \/ \b \f \n \r \t`.
    ///
    /// - SeeAlso: https://spec.graphql.org/September2025/#sec-String-Value
    mutating func readString(from start: Int) throws(SyntaxError) -> Token {
        let count = bytes.count
        var index = start + 1
        var chunkStart = index
        var decoded: [UInt8] = []
        var hasEscape = false
        while index < count {
            let byte = bytes[index]
            if byte == 0x22 {
                if hasEscape {
                    decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<index]))
                    stringValue = String(decoding: decoded, as: UTF8.self)
                } else {
                    stringValue = text(chunkStart, index)
                }
                position = index + 1
                return Token(kind: .string, start: start, end: index + 1)
            }
            if byte == 0x5C {
                if !hasEscape {
                    hasEscape = true
                    decoded.reserveCapacity(index - chunkStart + 16)
                }
                decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<index]))
                let (scalar, size) = try readEscape(at: index)
                Lexer.appendUTF8(scalar, to: &decoded)
                index += size
                chunkStart = index
                continue
            }
            if byte == 0x0A || byte == 0x0D { break }
            index += 1
        }
        throw SyntaxError(message: "Unterminated string.", offset: index)
    }

    /// Reads the escape sequence whose `\` is at `index`: its scalar and its length in bytes.
    private func readEscape(at index: Int) throws(SyntaxError) -> (scalar: UInt32, size: Int) {
        switch peek(index + 1) {
        case 0x22: return (0x22, 2)
        case 0x5C: return (0x5C, 2)
        case 0x2F: return (0x2F, 2)
        case 0x62: return (0x08, 2)
        case 0x66: return (0x0C, 2)
        case 0x6E: return (0x0A, 2)
        case 0x72: return (0x0D, 2)
        case 0x74: return (0x09, 2)
        case 0x75:
            return peek(index + 2) == 0x7B
                ? try readVariableWidthUnicodeEscape(at: index)
                : try readFixedWidthUnicodeEscape(at: index)
        default:
            let length = index + 1 < bytes.count ? 1 + scalar(at: index + 1).length : 1
            throw SyntaxError(message: "Invalid character escape sequence: \"\(text(index, index + length))\".", offset: index)
        }
    }

    /// `\u{1F600}`: up to eight hex digits between braces naming a Unicode scalar value.
    private func readVariableWidthUnicodeEscape(at index: Int) throws(SyntaxError) -> (scalar: UInt32, size: Int) {
        var point: UInt32 = 0
        var size = 3
        while size < 12 {
            let byte = peek(index + size)
            size += 1
            if byte == 0x7D {
                if size < 5 || !Lexer.isScalarValue(point) { break }
                return (point, size)
            }
            guard let digit = Lexer.hexValue(byte) else { break }
            point = point << 4 | digit
            if point > 0x7FFF_FFFF { break }
        }
        throw SyntaxError(message: "Invalid Unicode escape sequence: \"\(text(index, index + size))\".", offset: index)
    }

    /// `\uXXXX`, or a surrogate pair written as `\uD83D\uDE00`.
    private func readFixedWidthUnicodeEscape(at index: Int) throws(SyntaxError) -> (scalar: UInt32, size: Int) {
        if let code = fourHexDigits(at: index + 2) {
            if Lexer.isScalarValue(code) { return (code, 6) }
            if (0xD800...0xDBFF).contains(code), peek(index + 6) == 0x5C, peek(index + 7) == 0x75,
               let trailing = fourHexDigits(at: index + 8), (0xDC00...0xDFFF).contains(trailing) {
                return (((code - 0xD800) << 10 | (trailing - 0xDC00)) + 0x10000, 12)
            }
        }
        throw SyntaxError(message: "Invalid Unicode escape sequence: \"\(text(index, index + 6))\".", offset: index)
    }

    private func fourHexDigits(at index: Int) -> UInt32? {
        guard let a = Lexer.hexValue(peek(index)), let b = Lexer.hexValue(peek(index + 1)),
              let c = Lexer.hexValue(peek(index + 2)), let d = Lexer.hexValue(peek(index + 3)) else { return nil }
        return a << 12 | b << 8 | c << 4 | d
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    /// Whether `point` is a Unicode scalar value: a code point that is not a surrogate.
    private static func isScalarValue(_ point: UInt32) -> Bool {
        point <= 0xD7FF || (0xE000...0x10FFFF).contains(point)
    }

    private static func appendUTF8(_ scalar: UInt32, to bytes: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            bytes.append(UInt8(scalar))
        case 0x80..<0x800:
            bytes.append(UInt8(0xC0 | scalar >> 6))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            bytes.append(UInt8(0xE0 | scalar >> 12))
            bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | scalar >> 18))
            bytes.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | scalar & 0x3F))
        }
    }

    /// `StringValue :: """ BlockStringCharacter* """`, with ``stringValue`` set to the spec's
    /// BlockStringValue() of the raw text: `\"""` unescaped, line terminators made `\n`, the common
    /// indentation of all lines but the first removed, and leading and trailing blank lines dropped.
    ///
    /// - SeeAlso: https://spec.graphql.org/September2025/#BlockStringValue()
    mutating func readBlockString(from start: Int) throws(SyntaxError) -> Token {
        let count = bytes.count
        var index = start + 3
        var chunkStart = index
        var raw: [UInt8] = []
        var lineStarts = [0]
        while index < count {
            let byte = bytes[index]
            if byte == 0x22, peek(index + 1) == 0x22, peek(index + 2) == 0x22 {
                raw.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<index]))
                stringValue = BlockString.value(raw: raw, lineStarts: lineStarts)
                position = index + 3
                return Token(kind: .blockString, start: start, end: index + 3)
            }
            if byte == 0x5C, peek(index + 1) == 0x22, peek(index + 2) == 0x22, peek(index + 3) == 0x22 {
                raw.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<index]))
                raw.append(contentsOf: [0x22, 0x22, 0x22])
                index += 4
                chunkStart = index
                continue
            }
            if byte == 0x0A || byte == 0x0D {
                raw.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<index]))
                raw.append(0x0A)
                lineStarts.append(raw.count)
                index += byte == 0x0D && peek(index + 1) == 0x0A ? 2 : 1
                chunkStart = index
                continue
            }
            index += 1
        }
        throw SyntaxError(message: "Unterminated string.", offset: index)
    }
}
