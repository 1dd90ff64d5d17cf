/// Something the access log writes as one line: text already made, or an entry that writes its
/// JSON when the log's writer gets to it (off the request's path, see ``LineBatchWriter``).
package protocol LogLine: Sendable {
    /// Appends the line's UTF-8 bytes, without a line feed.
    func appendLine(to bytes: inout [UInt8])
}

extension String: LogLine {
    package func appendLine(to bytes: inout [UInt8]) {
        bytes.append(contentsOf: utf8)
    }
}
