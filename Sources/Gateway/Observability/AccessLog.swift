package import Foundation
package import GraphQL

/// Where per-request log lines go: one JSON object per line, by default on standard error.
///
/// A log either hands each line, as text, to a sink (tests capture the lines that way; a sink
/// receives each line without its line feed and must not interleave two lines), or queues its
/// entries for a ``LineBatchWriter``, which makes their JSON and writes them in batches off the
/// request's path: call ``flush()`` before the process exits.
package struct AccessLog: Sendable {
    package typealias Sink = @Sendable (String) -> Void

    private enum Destination: Sendable {
        case sink(Sink)
        case writer(LineBatchWriter)
    }

    private let destination: Destination

    package init(sink: @escaping Sink) {
        destination = .sink(sink)
    }

    private init(writer: LineBatchWriter) {
        destination = .writer(writer)
    }

    /// The one writer of standard error's lines, shared by every log of the process so that
    /// their lines keep one order.
    private static let standardErrorWriter = LineBatchWriter(descriptor: 2)

    /// Writes the lines to standard error (file descriptor 2), in batches.
    package static var standardError: AccessLog {
        AccessLog(writer: standardErrorWriter)
    }

    /// Writes the lines to `descriptor` exactly as ``standardError`` writes to descriptor 2: for
    /// the benchmark, which logs into /dev/null and must pay what a real server pays.
    package static func lines(toDescriptor descriptor: Int32) -> AccessLog {
        AccessLog(writer: LineBatchWriter(descriptor: descriptor))
    }

    /// Drops every line, for tools and benchmarks that want no log.
    package static var disabled: AccessLog {
        AccessLog { _ in }
    }

    /// Writes the lines not yet written, before returning.
    package func flush() {
        if case .writer(let writer) = destination { writer.flush() }
    }

    /// Logs one finished request.
    package func record(_ entry: consuming AccessLogEntry) {
        switch destination {
        case .sink(let sink): sink(entry.jsonLine)
        case .writer(let writer): writer.append(entry)
        }
    }

    /// Logs a line made elsewhere (the access extensions' refusals, internal errors).
    func record(line: String) {
        switch destination {
        case .sink(let sink): sink(line)
        case .writer(let writer): writer.append(line)
        }
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
        record(line: JSONWriter.text(of: .object(OrderedObject(fields))))
        // An internal error may be followed by a crash: its line is written now, with the
        // access lines before it.
        flush()
    }
}
