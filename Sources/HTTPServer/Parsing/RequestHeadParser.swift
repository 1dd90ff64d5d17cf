/// Parses a complete head (request line, field lines, the empty line) and derives the body's
/// framing and the connection's fate from it, refusing anything ambiguous.
///
/// Strict where leniency has been exploited for request smuggling: whitespace between a field
/// name and its colon, obs-fold continuation lines, control characters, `Content-Length` values
/// that disagree and `Transfer-Encoding` beside `Content-Length` are all 400 (RFC 9112 §5.1,
/// §5.2, §6.1, §6.3).
///
/// Field values may carry obs-text (bytes 0x80–0xFF, RFC 9110 §5.5); they become `String`s as
/// UTF-8 with invalid sequences replaced by U+FFFD, since no field the server or the gateway reads
/// is defined beyond ASCII and refusing them would break clients that send Latin-1 in, say, a
/// `User-Agent`.
enum RequestHeadParser {
    static func parse(_ head: UnsafeBufferPointer<UInt8>, limits: HTTPLimits) throws(HTTPParseError) -> RequestHead {
        var lines = LineCursor(head)
        guard let requestLine = try lines.next() else { throw malformed("Missing request line.") }
        var (method, target, minorVersion) = try parseRequestLine(requestLine)

        var headers = HTTPHeaders()
        while let line = try lines.next(), !line.isEmpty {
            guard headers.count < limits.maxHeaderCount else {
                throw HTTPParseError(.headerFieldsTooLarge, "More than \(limits.maxHeaderCount) header fields.")
            }
            let (name, value) = try parseFieldLine(line)
            headers.add(name, value)
        }

        if minorVersion == 1 {
            let hosts = headers.values("Host")
            guard hosts.count == 1 else {
                throw malformed(hosts.isEmpty ? "HTTP/1.1 request without Host." : "More than one Host field.")
            }
        } else if headers.values("Host").count > 1 {
            throw malformed("More than one Host field.")
        }
        if target.hasPrefix("*"), method != "OPTIONS" {
            throw malformed("The asterisk target is only for OPTIONS.")
        }
        target = originForm(target)

        let framing = try bodyFraming(headers, minorVersion: minorVersion, limits: limits)
        let connection = tokens(headers.values("Connection"))
        let keepAlive = minorVersion >= 1 ? !connection.contains("close") : connection.contains("keep-alive") && !connection.contains("close")

        var expectsContinue = false
        let expectations = tokens(headers.values("Expect"))
        if !expectations.isEmpty {
            guard expectations == ["100-continue"] else {
                throw HTTPParseError(.expectationFailed, "Only the 100-continue expectation is supported.")
            }
            expectsContinue = minorVersion >= 1 && framing != .none && framing != .length(0)
        }

        return RequestHead(
            method: method,
            target: target,
            minorVersion: minorVersion,
            headers: headers,
            framing: framing,
            keepAlive: keepAlive,
            expectsContinue: expectsContinue
        )
    }

    /// `method SP request-target SP HTTP-version`, single spaces (RFC 9112 §3).
    private static func parseRequestLine(_ line: UnsafeBufferPointer<UInt8>) throws(HTTPParseError) -> (String, String, Int) {
        guard let firstSpace = line.firstIndex(of: .space) else { throw malformed("Malformed request line.") }
        let afterMethod = firstSpace + 1
        guard let secondSpace = line[afterMethod...].firstIndex(of: .space) else { throw malformed("Malformed request line.") }
        let method = UnsafeBufferPointer(rebasing: line[..<firstSpace])
        let target = UnsafeBufferPointer(rebasing: line[afterMethod..<secondSpace])
        let version = UnsafeBufferPointer(rebasing: line[(secondSpace + 1)...])

        guard !method.isEmpty, method.allSatisfy(isTokenByte) else { throw malformed("Invalid method.") }
        guard !target.isEmpty, target.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { throw malformed("Invalid request target.") }
        guard target[0] == UInt8(ascii: "/") || target[0] == UInt8(ascii: "*") && target.count == 1 || isAbsoluteForm(target) else {
            throw malformed("Invalid request target.")
        }
        guard version.count == 8, version.starts(with: "HTTP/".utf8), version[6] == UInt8(ascii: "."),
              isDigit(version[5]), isDigit(version[7])
        else { throw malformed("Invalid HTTP version.") }
        guard version[5] == UInt8(ascii: "1") else {
            throw HTTPParseError(.versionNotSupported, "Only HTTP/1.0 and HTTP/1.1 are supported.")
        }
        // HTTP/1.2 and later minors are read as HTTP/1.1, the highest this server speaks (RFC 9110 §2.5).
        let minorVersion = version[7] == UInt8(ascii: "0") ? 0 : 1
        return (String(decoding: method, as: UTF8.self), String(decoding: target, as: UTF8.self), minorVersion)
    }

    /// `field-name ":" OWS field-value OWS` (RFC 9112 §5).
    private static func parseFieldLine(_ line: UnsafeBufferPointer<UInt8>) throws(HTTPParseError) -> (String, String) {
        if line[0] == .space || line[0] == .tab { throw malformed("Obsolete line folding is not accepted.") }
        guard let colon = line.firstIndex(of: .colon) else { throw malformed("Header field without a colon.") }
        let name = UnsafeBufferPointer(rebasing: line[..<colon])
        guard !name.isEmpty, name.allSatisfy(isTokenByte) else {
            throw malformed(name.last == .space || name.last == .tab ? "Whitespace before a header field's colon." : "Invalid header field name.")
        }
        var start = colon + 1
        var end = line.count
        while start < end, line[start] == .space || line[start] == .tab { start += 1 }
        while end > start, line[end - 1] == .space || line[end - 1] == .tab { end -= 1 }
        let value = UnsafeBufferPointer(rebasing: line[start..<end])
        guard value.allSatisfy({ $0 == .tab || $0 >= 0x20 && $0 != 0x7F }) else {
            throw malformed("Invalid character in a header field value.")
        }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    /// The body's framing (RFC 9112 §6.3): `Transfer-Encoding: chunked` or one `Content-Length`.
    private static func bodyFraming(_ headers: HTTPHeaders, minorVersion: Int, limits: HTTPLimits) throws(HTTPParseError) -> BodyFraming {
        let transferEncodings = headers.values("Transfer-Encoding")
        let contentLengths = headers.values("Content-Length")
        if !transferEncodings.isEmpty {
            guard contentLengths.isEmpty else { throw malformed("Both Transfer-Encoding and Content-Length.") }
            guard minorVersion >= 1 else { throw malformed("Transfer-Encoding in an HTTP/1.0 request.") }
            let codings = tokens(transferEncodings)
            guard codings == ["chunked"] else {
                if codings.last != "chunked" {
                    // Without chunked last, the body's end could only be the connection's end.
                    throw malformed("A request's Transfer-Encoding must end with chunked.")
                }
                throw HTTPParseError(.unsupportedTransferCoding, "Only the chunked transfer coding is supported.")
            }
            return .chunked
        }
        guard !contentLengths.isEmpty else { return .none }
        var length: Int?
        for element in contentLengths.lazy.flatMap({ $0.split(separator: ",", omittingEmptySubsequences: false) }) {
            let digits = element.utf8.drop { $0 == .space || $0 == .tab }.reversed().drop { $0 == .space || $0 == .tab }.reversed()
            guard !digits.isEmpty, digits.allSatisfy(isDigit) else { throw malformed("Invalid Content-Length.") }
            guard digits.count <= 15 else {
                throw HTTPParseError(.contentTooLarge, "Body exceeds \(limits.maxBodyBytes) bytes.")
            }
            let value = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            guard length == nil || length == value else { throw malformed("Conflicting Content-Length values.") }
            length = value
        }
        guard let length else { throw malformed("Invalid Content-Length.") }
        guard length <= limits.maxBodyBytes else {
            throw HTTPParseError(.contentTooLarge, "Body exceeds \(limits.maxBodyBytes) bytes.")
        }
        return .length(length)
    }

    /// Reduces `http://host/path?q` to `/path?q` (RFC 9112 §3.2.2); other targets are unchanged.
    private static func originForm(_ target: String) -> String {
        guard !target.hasPrefix("/"), !target.hasPrefix("*"), let colon = target.firstIndex(of: ":") else { return target }
        let afterAuthority = target[colon...].dropFirst(3)
        guard let pathStart = afterAuthority.firstIndex(where: { $0 == "/" || $0 == "?" }) else { return "/" }
        let rest = afterAuthority[pathStart...]
        return rest.hasPrefix("/") ? String(rest) : "/" + rest
    }

    private static func isAbsoluteForm(_ target: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = String(decoding: target.prefix(8), as: UTF8.self).lowercased()
        return text.hasPrefix("http://") || text.hasPrefix("https://")
    }

    /// The comma-separated, lower-cased, non-empty elements of every value of a list field.
    private static func tokens(_ values: [String]) -> [String] {
        values.flatMap { value in
            value.split(separator: ",").compactMap { element in
                let trimmed = element.trimmingWhitespace().lowercased()
                return trimmed.isEmpty ? nil : trimmed
            }
        }
    }

    private static func malformed(_ reason: String) -> HTTPParseError {
        HTTPParseError(.malformed, reason)
    }

    /// tchar (RFC 9110 §5.6.2): visible ASCII except delimiters.
    static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "_"),
             UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs (OWS).
    func trimmingWhitespace() -> Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
