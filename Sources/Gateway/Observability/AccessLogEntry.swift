package import Foundation
import GraphQL

/// One access-log line: what happened to one request, and nothing a caller sent as a secret or
/// as data.
///
/// Never logged: the `Authorization` field (the token), the query string (a GET carries its
/// variables there), the body (variables, the document's literals), or any header value. The
/// operation name is logged because it names code, not data.
package struct AccessLogEntry: LogLine, Sendable, Hashable {
    /// When the handler received the request.
    package var time: Date
    package var requestId: String
    /// nil for a request the server refused before reading its request line.
    package var method: String?
    /// The path without the query string; nil as for `method`.
    package var path: String?
    package var operationName: String?
    package var status: Int
    package var duration: Duration
    package var statements: Int
    package var userId: String?
    /// The `extensions.code` of the response's errors, each once, in order of first appearance.
    package var errorCodes: [String]

    package init(
        time: Date, requestId: String, method: String?, path: String?, operationName: String?, status: Int,
        duration: Duration, statements: Int, userId: String?, errorCodes: [String]
    ) {
        self.time = time
        self.requestId = requestId
        self.method = method
        self.path = path
        self.operationName = operationName
        self.status = status
        self.duration = duration
        self.statements = statements
        self.userId = userId
        self.errorCodes = errorCodes
    }

    /// The line as one JSON object, keys in a fixed order; `errorCodes` only when there are some.
    ///
    /// Written straight into one byte buffer rather than through a `Value` tree, with no
    /// allocation per key or number: it runs for every request.
    package var jsonLine: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(320)
        appendLine(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the line's JSON after `bytes`, as ``jsonLine`` holds it.
    package func appendLine(to bytes: inout [UInt8]) {
        var writer = JSONWriter(capacity: 0)
        swap(&writer.bytes, &bytes)
        defer { swap(&writer.bytes, &bytes) }
        Self.key("{\"time\":", &writer)
        writer.writeByte(UInt8(ascii: "\""))
        RFC3339Timestamp.append(time, to: &writer.bytes)
        writer.writeByte(UInt8(ascii: "\""))
        Self.key(",\"event\":\"request\",\"requestId\":", &writer)
        writer.writeString(requestId)
        Self.key(",\"method\":", &writer)
        Self.optional(method, &writer)
        Self.key(",\"path\":", &writer)
        Self.optional(path, &writer)
        Self.key(",\"operationName\":", &writer)
        Self.optional(operationName, &writer)
        Self.key(",\"status\":", &writer)
        writer.writeInt(status)
        Self.key(",\"durationMs\":", &writer)
        Self.appendMilliseconds(duration, to: &writer.bytes)
        Self.key(",\"statements\":", &writer)
        writer.writeInt(statements)
        Self.key(",\"userId\":", &writer)
        Self.optional(userId, &writer)
        if !errorCodes.isEmpty {
            Self.key(",\"errorCodes\":[", &writer)
            for (index, code) in errorCodes.enumerated() {
                if index > 0 { writer.writeByte(UInt8(ascii: ",")) }
                writer.writeString(code)
            }
            writer.writeByte(UInt8(ascii: "]"))
        }
        writer.writeByte(UInt8(ascii: "}"))
    }

    private static func key(_ text: StaticString, _ writer: inout JSONWriter) {
        text.withUTF8Buffer { writer.bytes.append(contentsOf: $0) }
    }

    private static func optional(_ text: String?, _ writer: inout JSONWriter) {
        if let text { writer.writeString(text) } else { writer.writeNull() }
    }

    /// A duration in milliseconds to the microsecond, as the shortest decimal: `1.5`, `2`,
    /// `0.042`, rounded to the nearest microsecond, written without a `Double`.
    static func millisecondsText(_ duration: Duration) -> [UInt8] {
        var bytes: [UInt8] = []
        appendMilliseconds(duration, to: &bytes)
        return bytes
    }

    static func appendMilliseconds(_ duration: Duration, to bytes: inout [UInt8]) {
        let (seconds, attoseconds) = duration.components
        let microseconds = Int(max(0, seconds * 1_000_000 + (attoseconds + 500_000_000_000) / 1_000_000_000_000))
        RFC3339Timestamp.appendDecimal(microseconds / 1000, width: 1, to: &bytes)
        var fraction = microseconds % 1000
        guard fraction > 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var divisor = 100
        while fraction > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / divisor))
            fraction %= divisor
            divisor /= 10
        }
    }
}
