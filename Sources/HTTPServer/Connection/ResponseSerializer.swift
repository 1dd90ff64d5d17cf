/// Writes a response's bytes: status line, the handler's fields, then the fields the server owns.
///
/// The server owns `Content-Length`, `Date`, `Connection` and `Transfer-Encoding`: a handler's
/// own values for them are dropped, because a wrong `Content-Length` from a handler would
/// desynchronize the connection. The status line always says HTTP/1.1, the highest version the
/// server speaks (RFC 9110 §6.2), also to an HTTP/1.0 client.
enum ResponseSerializer {
    static let continueBytes = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// - Parameters:
    ///   - omitBody: a response to HEAD: the headers (with the length the body would have) only.
    ///   - connection: the `Connection` value to send, if any (`close`, or `keep-alive` to an
    ///     HTTP/1.0 client that asked for it).
    static func serialize(_ response: HTTPResponse, omitBody: Bool, connection: String?, date: [UInt8]) -> [UInt8] {
        let code = response.status.code
        let hasBody = !(code < 200 || code == 204 || code == 304)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128 + response.headers.count * 40 + (omitBody || !hasBody ? 0 : response.body.count))
        // Written piece by piece into the one buffer: no interpolated string per response.
        append("HTTP/1.1 ", to: &bytes)
        appendDecimal(code, to: &bytes)
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: response.status.reason.utf8)
        append("\r\n", to: &bytes)
        for field in response.headers where !isServerOwned(field.name) {
            bytes.append(contentsOf: field.name.utf8)
            append(": ", to: &bytes)
            bytes.append(contentsOf: field.value.utf8)
            append("\r\n", to: &bytes)
        }
        if hasBody {
            append("Content-Length: ", to: &bytes)
            appendDecimal(response.body.count, to: &bytes)
            append("\r\n", to: &bytes)
        }
        append("Date: ", to: &bytes)
        bytes.append(contentsOf: date)
        append("\r\n", to: &bytes)
        if let connection {
            append("Connection: ", to: &bytes)
            bytes.append(contentsOf: connection.utf8)
            append("\r\n", to: &bytes)
        }
        append("\r\n", to: &bytes)
        if hasBody, !omitBody {
            bytes.append(contentsOf: response.body)
        }
        return bytes
    }

    private static func append(_ text: StaticString, to bytes: inout [UInt8]) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A non-negative number's decimal digits.
    private static func appendDecimal(_ number: Int, to bytes: inout [UInt8]) {
        precondition(number >= 0, "status codes and lengths are not negative")
        var divisor = 1
        while divisor <= number / 10 { divisor *= 10 }
        var rest = number
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// Whether the server writes this field itself, the name compared ignoring ASCII case
    /// without making a lower-cased copy.
    private static func isServerOwned(_ name: String) -> Bool {
        switch name.utf8.count {
        case 4: equalIgnoringCase(name, "date")
        case 10: equalIgnoringCase(name, "connection")
        case 14: equalIgnoringCase(name, "content-length")
        case 17: equalIgnoringCase(name, "transfer-encoding")
        default: false
        }
    }

    /// `lowercase` must be lower-case ASCII of the same length as `name`.
    private static func equalIgnoringCase(_ name: String, _ lowercase: StaticString) -> Bool {
        lowercase.withUTF8Buffer { expected in
            for (byte, wanted) in zip(name.utf8, expected) {
                let folded = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
                if folded != wanted { return false }
            }
            return true
        }
    }
}
