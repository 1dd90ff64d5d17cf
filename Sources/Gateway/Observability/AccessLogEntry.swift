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
    package var jsonLine: String {
        var fields: [(String, Value)] = [
            ("time", .string(RFC3339Timestamp.format(time))),
            ("event", "request"),
            ("requestId", .string(requestId)),
            ("method", method.map(Value.string) ?? .null),
            ("path", path.map(Value.string) ?? .null),
            ("operationName", operationName.map(Value.string) ?? .null),
            ("status", .int(status)),
            ("durationMs", .float(durationMilliseconds)),
            ("statements", .int(statements)),
            ("userId", userId.map(Value.string) ?? .null),
        ]
        if !errorCodes.isEmpty { fields.append(("errorCodes", .list(errorCodes.map(Value.string)))) }
        return JSONWriter.text(of: .object(OrderedObject(fields)))
    }
}

extension Double {
    fileprivate func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
