/// Decodes a chunked body (RFC 9112 §7.1) as its bytes arrive.
///
/// Chunk extensions are skipped (after a check that they hold no control characters), trailer
/// fields are read and dropped (RFC 9110 §6.5: a recipient may discard them; none is meaningful
/// to a GraphQL request), and every size is bounded: a chunk-size line of at most
/// ``maxLineLength`` bytes, the decoded body within ``HTTPLimits/maxBodyBytes``, the trailer
/// section within ``HTTPLimits/maxHeaderBytes``.
struct ChunkedBodyDecoder: Sendable {
    /// A chunk-size line (size and extensions) or a trailer line longer than this is refused.
    static let maxLineLength = 4096

    private enum State: Sendable {
        case size
        case data(remaining: Int)
        case dataEnd
        case trailers(bytes: Int)
    }

    struct Step {
        var consumed: Int
        var finished: Bool
    }

    private var state = State.size

    /// Consumes what it can of `bytes`, appending chunk data to `body`.
    ///
    /// - Throws: ``HTTPParseError``: malformed framing (400), a body over the limit (413), a
    ///   trailer section over the limit (431).
    mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, into body: inout [UInt8], limits: HTTPLimits) throws(HTTPParseError) -> Step {
        var consumed = 0
        while true {
            let rest = UnsafeBufferPointer(rebasing: bytes[consumed...])
            switch state {
            case .size:
                guard let line = try Self.line(in: rest) else { return Step(consumed: consumed, finished: false) }
                consumed += line.count + 2
                let size = try Self.chunkSize(line, bodySoFar: body.count, limits: limits)
                state = size == 0 ? .trailers(bytes: 0) : .data(remaining: size)

            case .data(let remaining):
                let take = min(remaining, rest.count)
                body.append(contentsOf: UnsafeBufferPointer(rebasing: rest[..<take]))
                consumed += take
                guard take == remaining else {
                    state = .data(remaining: remaining - take)
                    return Step(consumed: consumed, finished: false)
                }
                state = .dataEnd

            case .dataEnd:
                guard rest.count >= 2 else { return Step(consumed: consumed, finished: false) }
                guard rest[0] == .cr, rest[1] == .lf else { throw Self.malformed("Chunk data not followed by CRLF.") }
                consumed += 2
                state = .size

            case .trailers(let total):
                guard let line = try Self.line(in: rest) else { return Step(consumed: consumed, finished: false) }
                consumed += line.count + 2
                if line.isEmpty {
                    state = .size
                    return Step(consumed: consumed, finished: true)
                }
                let newTotal = total + line.count + 2
                guard newTotal <= limits.maxHeaderBytes else {
                    throw HTTPParseError(.headerFieldsTooLarge, "Trailer section exceeds \(limits.maxHeaderBytes) bytes.")
                }
                guard line[0] != .space, line[0] != .tab, let colon = line.firstIndex(of: .colon), colon > 0,
                      line[..<colon].allSatisfy(RequestHeadParser.isTokenByte),
                      line[(colon + 1)...].allSatisfy({ $0 == .tab || $0 >= 0x20 && $0 != 0x7F })
                else { throw Self.malformed("Malformed trailer field.") }
                state = .trailers(bytes: newTotal)
            }
        }
    }

    /// The next CRLF-terminated line of `bytes` without its CRLF, nil when it has not all arrived.
    private static func line(in bytes: UnsafeBufferPointer<UInt8>) throws(HTTPParseError) -> UnsafeBufferPointer<UInt8>? {
        // A line may be at most maxLineLength bytes, so its LF is at most maxLineLength + 1 in.
        let end = min(bytes.count, maxLineLength + 2)
        for index in 0..<end {
            if bytes[index] == .lf {
                guard index > 0, bytes[index - 1] == .cr else { throw malformed("Bare LF in chunked framing.") }
                return UnsafeBufferPointer(rebasing: bytes[..<(index - 1)])
            }
            if bytes[index] == .cr, index + 1 < bytes.count, bytes[index + 1] != .lf {
                throw malformed("Bare CR in chunked framing.")
            }
        }
        if end == maxLineLength + 2 { throw malformed("Chunk line exceeds \(maxLineLength) bytes.") }
        return nil
    }

    /// `chunk-size [ chunk-ext ]`: hex digits, then optional `;`-introduced extensions.
    private static func chunkSize(_ line: UnsafeBufferPointer<UInt8>, bodySoFar: Int, limits: HTTPLimits) throws(HTTPParseError) -> Int {
        var size = 0
        var index = 0
        while index < line.count, let digit = hexValue(line[index]) {
            guard index < 15 else { throw HTTPParseError(.contentTooLarge, "Body exceeds \(limits.maxBodyBytes) bytes.") }
            size = size << 4 | digit
            index += 1
        }
        guard index > 0 else { throw malformed("Invalid chunk size.") }
        var rest = line[index...].drop { $0 == .space || $0 == .tab }
        if !rest.isEmpty {
            guard rest.first == UInt8(ascii: ";") else { throw malformed("Invalid chunk size.") }
            rest = rest.dropFirst()
            guard rest.allSatisfy({ $0 == .tab || $0 >= 0x20 && $0 != 0x7F }) else { throw malformed("Invalid chunk extension.") }
        }
        guard bodySoFar + size <= limits.maxBodyBytes else {
            throw HTTPParseError(.contentTooLarge, "Body exceeds \(limits.maxBodyBytes) bytes.")
        }
        return size
    }

    private static func hexValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private static func malformed(_ reason: String) -> HTTPParseError {
        HTTPParseError(.malformed, reason)
    }
}
