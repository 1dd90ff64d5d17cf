package import Foundation
import GraphQL

/// One access-log line: what happened to one request, and nothing a caller sent as a secret or
/// as data.
///
/// Never logged: the `Authorization` field (the token), the query string (a GET carries its
/// variables there), the body (variables, the document's literals), or any header value. The
/// operation name is logged because it names code, not data.
package struct AccessLogEntry: Sendable, Hashable {
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

    /// The duration in milliseconds, to the microsecond.
    package var durationMilliseconds: Double {
        let (seconds, attoseconds) = duration.components
        return (Double(seconds) * 1000 + Double(attoseconds / 1_000_000_000_000) / 1000).rounded(toPlaces: 3)
    }

    /// The line as one JSON object, keys in a fixed order; `errorCodes` only when there are some.
    ///
    /// Written straight into a ``JSONWriter`` rather than through a `Value` tree: it runs for
    /// every request.
    package var jsonLine: String {
        var writer = JSONWriter(capacity: 256)
        func key(_ name: StaticString) {
            writer.writeByte(writer.bytes.isEmpty ? UInt8(ascii: "{") : UInt8(ascii: ","))
            writer.writeByte(UInt8(ascii: "\""))
            name.withUTF8Buffer { writer.writeRaw(Array($0)) }
            writer.writeRaw([UInt8(ascii: "\""), UInt8(ascii: ":")])
        }
        func optional(_ text: String?) {
            if let text { writer.writeString(text) } else { writer.writeNull() }
        }
        key("time"); writer.writeString(RFC3339Timestamp.format(time))
        key("event"); writer.writeString("request")
        key("requestId"); writer.writeString(requestId)
        key("method"); optional(method)
        key("path"); optional(path)
        key("operationName"); optional(operationName)
        key("status"); writer.writeInt(status)
        key("durationMs"); writer.writeRaw(Self.millisecondsText(duration))
        key("statements"); writer.writeInt(statements)
        key("userId"); optional(userId)
        if !errorCodes.isEmpty {
            key("errorCodes")
            writer.writeByte(UInt8(ascii: "["))
            for (index, code) in errorCodes.enumerated() {
                if index > 0 { writer.writeByte(UInt8(ascii: ",")) }
                writer.writeString(code)
            }
            writer.writeByte(UInt8(ascii: "]"))
        }
        writer.writeByte(UInt8(ascii: "}"))
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// A duration in milliseconds to the microsecond, as the shortest decimal: `1.5`, `2`,
    /// `0.042` (what ``durationMilliseconds`` prints as a JSON number, without a `Double`).
    static func millisecondsText(_ duration: Duration) -> [UInt8] {
        let (seconds, attoseconds) = duration.components
        let microseconds = seconds * 1_000_000 + (attoseconds + 500_000_000_000) / 1_000_000_000_000
        var text = Array(String(microseconds / 1000).utf8)
        var fraction = Array(String(microseconds % 1000).utf8)
        fraction = Array(repeating: UInt8(ascii: "0"), count: 3 - fraction.count) + fraction
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        if !fraction.isEmpty { text += [UInt8(ascii: ".")] + fraction }
        return text
    }
}

extension Double {
    fileprivate func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
