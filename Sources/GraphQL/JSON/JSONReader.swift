/// Reads JSON text (RFC 8259, strictly) into a ``Value``: request bodies and variables.
///
/// - Integers without a fraction or exponent stay exact as `.int` while they fit 64 bits (an ID
///   or an amount beyond 2^53 survives); others become `.float`.
/// - Strings are checked to be valid UTF-8; `\u` escapes, surrogate pairs included, give the
///   exact characters; a lone surrogate, which no Swift string can hold, is an error.
/// - Objects keep their keys in order; a repeated key keeps its first position and last value,
///   as `JSON.parse` does.
/// - Nesting deeper than `maxDepth` is refused before it can exhaust the stack.
///
/// - SeeAlso: https://www.rfc-editor.org/rfc/rfc8259
package enum JSONReader {
    /// The deepest nesting of arrays and objects accepted by default.
    package static let defaultMaxDepth = 64

    /// Parses one JSON value that spans the whole input (white space around it allowed).
    ///
    /// - Throws: ``JSONError`` naming the problem and its byte offset.
    package static func parse(_ bytes: [UInt8], maxDepth: Int = defaultMaxDepth) throws(JSONError) -> Value {
        let result: Result<Value, JSONError> = bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer, maxDepth: maxDepth)
            return Result { () throws(JSONError) in try reader.document() }
        }
        return try result.get()
    }

    /// Parses JSON text whose top level should be an object, handing each member to `member`
    /// in order instead of building the object: for a reader that wants a few known keys (a
    /// request's envelope) and would otherwise look them up in an object made only to be taken
    /// apart. A repeated key is handed over each time, so keeping the last value is
    /// ``parse(_:maxDepth:)``'s rule. The whole text is read and checked either way.
    ///
    /// - Returns: false when the text is JSON but its top level is no object.
    /// - Throws: ``JSONError`` as ``parse(_:maxDepth:)`` does, at the same offsets.
    package static func parseMembers(
        _ bytes: [UInt8], maxDepth: Int = defaultMaxDepth, _ member: (String, Value) -> Void
    ) throws(JSONError) -> Bool {
        let result: Result<Bool, JSONError> = bytes.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer, maxDepth: maxDepth)
            return Result { () throws(JSONError) in try reader.topLevelMembers(member) }
        }
        return try result.get()
    }

    /// Parses JSON text given as a string.
    package static func parse(_ text: String, maxDepth: Int = defaultMaxDepth) throws(JSONError) -> Value {
        try parse(Array(text.utf8), maxDepth: maxDepth)
    }
}

private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    var index = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) {
        self.bytes = bytes
        self.maxDepth = maxDepth
    }

    mutating func document() throws(JSONError) -> Value {
        skipWhitespace()
        let value = try self.value()
        skipWhitespace()
        if index < bytes.count { throw JSONError("Unexpected data after the JSON value", offset: index) }
        return value
    }

    /// The members of a top-level object, as ``JSONReader/parseMembers(_:maxDepth:_:)`` hands
    /// them over; false, once the whole value is read, when it is no object.
    mutating func topLevelMembers(_ member: (String, Value) -> Void) throws(JSONError) -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else {
            _ = try document()
            return false
        }
        try members(member)
        skipWhitespace()
        if index < bytes.count { throw JSONError("Unexpected data after the JSON value", offset: index) }
        return true
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func unexpected() -> JSONError {
        guard index < bytes.count else { return JSONError("Unexpected end of JSON", offset: index) }
        let byte = bytes[index]
        if byte >= 0x20, byte < 0x7F {
            return JSONError("Unexpected character '\(Character(Unicode.Scalar(byte)))'", offset: index)
        }
        return JSONError("Unexpected byte 0x\(String(byte, radix: 16, uppercase: true))", offset: index)
    }

    private mutating func value() throws(JSONError) -> Value {
        guard index < bytes.count else { throw unexpected() }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw unexpected()
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONError) {
        let start = index
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw JSONError("Invalid literal", offset: start) }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        for offset in 0..<count where bytes[index + offset] != expected[offset] {
            throw JSONError("Invalid literal", offset: start)
        }
        index += count
    }

    private mutating func enter() throws(JSONError) {
        depth += 1
        if depth > maxDepth { throw JSONError("JSON nesting exceeds \(maxDepth) levels", offset: index) }
    }

    private mutating func object() throws(JSONError) -> Value {
        var object = OrderedObject()
        var positions: [String: Int]? = nil
        try members { key, value throws(JSONError) in
            // Small objects look for a repeated key linearly; larger ones keep an index.
            if object.count < 8 {
                if object.entries.contains(where: { $0.key == key }) { object[key] = value } else { object.appendUnchecked(key: key, value: value) }
            } else {
                if positions == nil {
                    positions = [:]
                    for (offset, entry) in object.entries.enumerated() { positions?[entry.key] = offset }
                }
                if positions?[key] != nil {
                    object[key] = value
                } else {
                    positions?[key] = object.count
                    object.appendUnchecked(key: key, value: value)
                }
            }
        }
        return .object(object)
    }

    /// Reads an object from its `{` to its `}`, handing each member over as it is read.
    private mutating func members(_ member: (String, Value) throws(JSONError) -> Void) throws(JSONError) {
        try enter()
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            depth -= 1
            return
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                if index < bytes.count { throw JSONError("Expected a string key", offset: index) }
                throw unexpected()
            }
            let key = try string()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                if index < bytes.count { throw JSONError("Expected ':' after an object key", offset: index) }
                throw unexpected()
            }
            index += 1
            skipWhitespace()
            try member(key, try self.value())
            skipWhitespace()
            guard index < bytes.count else { throw unexpected() }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "}"):
                index += 1
                depth -= 1
                return
            default:
                throw JSONError("Expected ',' or '}' in an object", offset: index)
            }
        }
    }

    private mutating func array() throws(JSONError) -> Value {
        try enter()
        index += 1
        var items: [Value] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            depth -= 1
            return .list(items)
        }
        while true {
            skipWhitespace()
            items.append(try value())
            skipWhitespace()
            guard index < bytes.count else { throw unexpected() }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "]"):
                index += 1
                depth -= 1
                return .list(items)
            default:
                throw JSONError("Expected ',' or ']' in an array", offset: index)
            }
        }
    }

    private mutating func number() throws(JSONError) -> Value {
        let start = index
        var isInteger = true
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else { throw JSONError("Invalid number", offset: start) }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) { throw JSONError("Invalid number: leading zero", offset: start) }
        } else {
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isInteger = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else { throw JSONError("Invalid number: no digit after '.'", offset: start) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isInteger = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, isDigit(bytes[index]) else { throw JSONError("Invalid number: no digit in the exponent", offset: start) }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        let text = UnsafeBufferPointer(rebasing: bytes[start..<index])
        if isInteger, let exact = Self.integer(text) { return .int(exact) }
        guard let number = Double(String(decoding: text, as: UTF8.self)) else { throw JSONError("Invalid number", offset: start) }
        return .float(number)
    }

    /// The integer the digits spell, nil when it does not fit 64 bits.
    private static func integer(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let negative = text[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        var magnitude: UInt64 = 0
        while index < text.count {
            let digit = UInt64(text[index] &- UInt8(ascii: "0"))
            let (times10, overflow1) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(digit)
            if overflow1 || overflow2 { return nil }
            magnitude = sum
            index += 1
        }
        if negative {
            if magnitude == UInt64(Int.max) + 1 { return .min }
            return magnitude <= UInt64(Int.max) ? -Int(magnitude) : nil
        }
        return magnitude <= UInt64(Int.max) ? Int(magnitude) : nil
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private mutating func string() throws(JSONError) -> String {
        let quote = index
        index += 1
        let start = index
        // Fast path: no escape in the string, so its bytes are the text.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = try Self.validated(UnsafeBufferPointer(rebasing: bytes[start..<index]), at: start)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw controlCharacter(byte) }
            index += 1
        }
        // Escapes: find where the string ends first. Its UTF-8 is never longer than its JSON
        // form, so it is decoded straight into the new string's storage, with no array between.
        // A raw control character also ends the scan; decoding up to it reports any bad escape
        // before it first, as reading in order would.
        var end = index
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] >= 0x20 {
            end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1
        }
        end = min(end, bytes.count)
        var failure: JSONError?
        let text = String(unsafeUninitializedCapacity: end - start) { buffer in
            var count = 0
            for offset in start..<index {
                buffer[count] = bytes[offset]
                count += 1
            }
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\\") {
                    do throws(JSONError) {
                        count += try escape(into: UnsafeMutableBufferPointer(rebasing: buffer[count...]))
                    } catch {
                        failure = error
                        return 0
                    }
                } else {
                    buffer[count] = byte
                    count += 1
                    index += 1
                }
            }
            guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else {
                failure = end < bytes.count ? controlCharacter(bytes[end]) : JSONError("Unterminated string", offset: quote)
                return 0
            }
            if let invalid = UTF8Validation.firstInvalidByte(in: UnsafeBufferPointer(rebasing: buffer[..<count])) {
                // The offset is in the decoded text; it is the same in the JSON when no escape
                // came before the bad byte, which holds for raw bytes (escapes make valid UTF-8).
                failure = JSONError("Invalid UTF-8 in a string", offset: start + invalid)
                return 0
            }
            return count
        }
        if let failure { throw failure }
        index = end + 1
        return text
    }

    private func controlCharacter(_ byte: UInt8) -> JSONError {
        let hex = String(byte, radix: 16, uppercase: true)
        return JSONError("Unescaped control character U+\(String(repeating: "0", count: 4 - hex.count))\(hex) in a string", offset: index)
    }

    private static func validated(_ utf8: UnsafeBufferPointer<UInt8>, at offset: Int) throws(JSONError) -> String {
        // `String(validating:as:)` is generic over the encoding and, unspecialized here, spent
        // most of its time looking up metadata; checking first and then decoding is specialized.
        if let invalid = UTF8Validation.firstInvalidByte(in: utf8) {
            throw JSONError("Invalid UTF-8 in a string", offset: offset + invalid)
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Decodes the escape at `index` (the backslash) into the start of `decoded` and returns
    /// how many bytes of UTF-8 it wrote (at most 4, never more than the escape's own length).
    private mutating func escape(into decoded: UnsafeMutableBufferPointer<UInt8>) throws(JSONError) -> Int {
        let start = index
        index += 1
        guard index < bytes.count else { throw JSONError("Unterminated string", offset: start) }
        let byte = bytes[index]
        index += 1
        func put(_ byte: UInt8) -> Int {
            decoded[0] = byte
            return 1
        }
        switch byte {
        case UInt8(ascii: "\""): return put(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): return put(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): return put(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): return put(0x08)
        case UInt8(ascii: "f"): return put(0x0C)
        case UInt8(ascii: "n"): return put(0x0A)
        case UInt8(ascii: "r"): return put(0x0D)
        case UInt8(ascii: "t"): return put(0x09)
        case UInt8(ascii: "u"):
            let first = try hexQuad(escapeStart: start)
            var scalarValue = UInt32(first)
            if (0xD800...0xDBFF).contains(first) {
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw JSONError("Lone surrogate \\u\(Self.hex(first)) in a string", offset: start)
                }
                let secondStart = index
                index += 2
                let second = try hexQuad(escapeStart: secondStart)
                guard (0xDC00...0xDFFF).contains(second) else {
                    throw JSONError("Lone surrogate \\u\(Self.hex(first)) in a string", offset: start)
                }
                scalarValue = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(first) {
                throw JSONError("Lone surrogate \\u\(Self.hex(first)) in a string", offset: start)
            }
            guard let scalar = Unicode.Scalar(scalarValue) else { throw JSONError("Invalid \\u escape", offset: start) }
            var count = 0
            for byte in UTF8.encode(scalar)! {
                decoded[count] = byte
                count += 1
            }
            return count
        default:
            throw JSONError("Invalid escape '\\\(Character(Unicode.Scalar(byte)))' in a string", offset: start)
        }
    }

    private mutating func hexQuad(escapeStart: Int) throws(JSONError) -> UInt16 {
        guard index + 4 <= bytes.count else { throw JSONError("Invalid \\u escape: four hex digits expected", offset: escapeStart) }
        var value: UInt16 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw JSONError("Invalid \\u escape: four hex digits expected", offset: escapeStart)
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    private static func hex(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
