package import Foundation
package import GraphQL

/// Where per-request log lines go: one JSON object per line, by default on standard error.
///
/// The sink is injectable so tests capture the lines; it receives each line without its line
/// feed and must not interleave two lines. The descriptor sinks batch their writes (see
/// ``LineBatchWriter``): call ``flush()`` before the process exits.
package struct AccessLog: Sendable {
    package typealias Sink = @Sendable (String) -> Void

    /// Internal, not private, so the access extensions (`AccessLog+Refusal`) write their own lines.
    let sink: Sink
    private let flushSink: @Sendable () -> Void

    package init(sink: @escaping Sink, flush: @escaping @Sendable () -> Void = {}) {
        self.sink = sink
        self.flushSink = flush
    }

    /// The one writer of standard error's lines, shared by every log of the process so that
    /// their lines keep one order.
    private static let standardErrorWriter = LineBatchWriter(descriptor: 2)

    /// Writes the lines to standard error (file descriptor 2), in batches.
    package static var standardError: AccessLog {
        let writer = standardErrorWriter
        return AccessLog(sink: { writer.append($0) }, flush: { writer.flush() })
    }

    /// Writes the lines to `descriptor` exactly as ``standardError`` writes to descriptor 2: for
    /// the benchmark, which logs into /dev/null and must pay what a real server pays.
    package static func lines(toDescriptor descriptor: Int32) -> AccessLog {
        let writer = LineBatchWriter(descriptor: descriptor)
        return AccessLog(sink: { writer.append($0) }, flush: { writer.flush() })
    }

    /// Drops every line, for tools and benchmarks that want no log.
    package static var disabled: AccessLog {
        AccessLog { _ in }
    }

    /// Writes the lines not yet written, before returning.
    package func flush() {
        flushSink()
    }

    /// Logs one finished request.
    package func record(_ entry: AccessLogEntry) {
        sink(entry.jsonLine)
    }

    /// Logs an internal error in full, for the operators: its real text, which the caller never
    /// sees (the caller gets "Internal server error" and the request id to quote).
    ///
    /// The text is the error's own description; the storage layer's errors leave bound values
    /// out of theirs, so this line holds SQL at most, never a variable's value from storage.
    package func recordInternalError(_ report: InternalErrorReport, requestId: String, time: Date = Date()) {
        recordInternalError(
            report.error, requestId: requestId, field: report.coordinate, path: report.path.map(\.description).joined(separator: "."),
            time: time)
    }

    /// Logs an internal error that no field caused (authentication that could not run): `field`
    /// and `path` are then null.
    package func recordInternalError(_ error: any Error, requestId: String, field: String? = nil, path: String? = nil, time: Date = Date()) {
        let fields: [(String, Value)] = [
            ("time", .string(RFC3339Timestamp.format(time))),
            ("event", "internalError"),
            ("requestId", .string(requestId)),
            ("field", field.map(Value.string) ?? .null),
            ("path", path.map(Value.string) ?? .null),
            ("error", .string(String(describing: error))),
        ]
        sink(JSONWriter.text(of: .object(OrderedObject(fields))))
        // An internal error may be followed by a crash: its line is written now, with the
        // access lines before it.
        flush()
    }
}
