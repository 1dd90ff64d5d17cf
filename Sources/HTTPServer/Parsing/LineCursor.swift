/// Walks the CRLF-terminated lines of a head, refusing bare CR and bare LF.
struct LineCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The next line without its CRLF, nil at the end.
    ///
    /// - Throws: ``HTTPParseError`` (400) for a CR not followed by LF, or an LF not preceded by CR.
    mutating func next() throws(HTTPParseError) -> UnsafeBufferPointer<UInt8>? {
        guard position < bytes.count else { return nil }
        var index = position
        while index < bytes.count {
            let byte = bytes[index]
            if byte == .cr {
                guard index + 1 < bytes.count, bytes[index + 1] == .lf else {
                    throw HTTPParseError(.malformed, "Bare CR in the request head.")
                }
                let line = UnsafeBufferPointer(rebasing: bytes[position..<index])
                position = index + 2
                return line
            }
            if byte == .lf { throw HTTPParseError(.malformed, "Bare LF in the request head.") }
            index += 1
        }
        throw HTTPParseError(.malformed, "Unterminated line in the request head.")
    }
}
