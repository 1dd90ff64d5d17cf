/// An incremental HTTP/1.1 request parser (RFC 9112), pure: bytes in, requests out, no I/O.
///
/// The caller keeps the bytes it has received and not yet given away, and calls ``parse(_:)``
/// with them each time more arrive; the parser says how many it consumed. Nothing of the head is
/// consumed until the whole head is there (the head is parsed in one go, which keeps it simple and
/// makes byte-by-byte and one-piece input agree by construction); body bytes are consumed as they
/// come, copied into the request's body, so the caller's buffer stays small.
///
/// After a ``HTTPParseResult/request(_:)`` the parser is ready for the next pipelined request.
/// After a ``HTTPParseResult/failure(_:)`` it stays failed: the connection's framing is in doubt,
/// so the server answers and closes.
///
/// Decisions where RFC 9112 leaves a choice:
/// - Lines end in CRLF; a bare LF or bare CR is refused (400) rather than tolerated, because
///   lenient line endings are a known request-smuggling vector. Up to a few empty lines before the
///   request line are skipped (§2.2).
/// - A chunked body is decoded (extensions skipped, trailers read and dropped, sizes limited).
/// - The absolute form of a target (`http://host/path`) is reduced to its origin form so that
///   ``HTTPRequest/path`` means the same for every client.
package struct HTTPRequestParser: Sendable {
    enum State: Sendable {
        /// Waiting for the end of the head; `scanned` bytes are known to hold no CRLFCRLF.
        case head(scanned: Int)
        case body(RequestHead, remaining: Int)
        case chunked(RequestHead, ChunkedBodyDecoder)
        case failed(HTTPParseError)
    }

    package let limits: HTTPLimits
    private(set) var state: State = .head(scanned: 0)
    private var body: [UInt8] = []
    private var continueAcknowledged = false
    /// Empty lines skipped before the current request line.
    private var leadingEmptyLines = 0
    /// Where the LF ending the request line is, once seen (relative to the head's first byte).
    private var requestLineEnd: Int?

    package init(limits: HTTPLimits = HTTPLimits()) {
        self.limits = limits
    }

    /// Whether the head asked for `100 Continue` and the body is still to come: the server sends
    /// the interim response, then calls ``acknowledgeContinue()``.
    package var wantsContinue: Bool {
        guard !continueAcknowledged else { return false }
        switch state {
        case .body(let head, _), .chunked(let head, _): return head.expectsContinue
        case .head, .failed: return false
        }
    }

    package mutating func acknowledgeContinue() {
        continueAcknowledged = true
    }

    /// Whether some bytes of a request have been consumed but the request is not complete, so a
    /// timeout now is a slow client, not an idle one.
    package var isMidRequest: Bool {
        switch state {
        case .body, .chunked: true
        case .head, .failed: false
        }
    }

    /// Parses what it can of `bytes`, the received bytes not consumed yet.
    ///
    /// - Returns: the result and how many bytes of `bytes` were consumed; the caller drops them.
    package mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (result: HTTPParseResult, consumed: Int) {
        var consumed = 0
        while true {
            switch state {
            case .failed(let error):
                return (.failure(error), consumed)

            case .head(let scanned):
                let rest = UnsafeBufferPointer(rebasing: bytes[consumed...])
                if rest.count >= 2, rest[0] == .cr, rest[1] == .lf, leadingEmptyLines < 4 {
                    leadingEmptyLines += 1
                    consumed += 2
                    requestLineEnd = nil
                    state = .head(scanned: 0)
                    continue
                }
                switch scanHead(rest, from: scanned) {
                case .incomplete(let newScanned):
                    state = .head(scanned: newScanned)
                    return (.needMoreData, consumed)
                case .invalid(let error):
                    return (fail(error), consumed)
                case .complete(let length):
                    let head: RequestHead
                    do {
                        head = try RequestHeadParser.parse(UnsafeBufferPointer(rebasing: rest[..<length]), limits: limits)
                    } catch {
                        return (fail(error), consumed)
                    }
                    consumed += length
                    leadingEmptyLines = 0
                    requestLineEnd = nil
                    continueAcknowledged = false
                    body = []
                    switch head.framing {
                    case .none, .length(0):
                        state = .head(scanned: 0)
                        return (.request(finish(head)), consumed)
                    case .length(let length):
                        body.reserveCapacity(length)
                        state = .body(head, remaining: length)
                    case .chunked:
                        state = .chunked(head, ChunkedBodyDecoder())
                    }
                }

            case .body(let head, let remaining):
                let take = min(remaining, bytes.count - consumed)
                body.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[consumed..<consumed + take]))
                consumed += take
                if take < remaining {
                    state = .body(head, remaining: remaining - take)
                    return (.needMoreData, consumed)
                }
                state = .head(scanned: 0)
                return (.request(finish(head)), consumed)

            case .chunked(let head, var decoder):
                let rest = UnsafeBufferPointer(rebasing: bytes[consumed...])
                state = .head(scanned: 0) // avoids a copy of the decoder while it works
                let step: ChunkedBodyDecoder.Step
                do {
                    step = try decoder.decode(rest, into: &body, limits: limits)
                } catch {
                    return (fail(error), consumed)
                }
                consumed += step.consumed
                if step.finished {
                    state = .head(scanned: 0)
                    return (.request(finish(head)), consumed)
                }
                state = .chunked(head, decoder)
                return (.needMoreData, consumed)
            }
        }
    }

    private mutating func fail(_ error: HTTPParseError) -> HTTPParseResult {
        state = .failed(error)
        return .failure(error)
    }

    private mutating func finish(_ head: RequestHead) -> ParsedRequest {
        let request = HTTPRequest(
            method: head.method,
            target: head.target,
            minorVersion: head.minorVersion,
            headers: head.headers,
            body: body
        )
        body = []
        return ParsedRequest(request: request, keepAlive: head.keepAlive)
    }

    private enum HeadScan {
        case incomplete(scanned: Int)
        case complete(length: Int)
        case invalid(HTTPParseError)
    }

    /// Looks for the CRLFCRLF that ends the head, enforcing the request-line and header-section
    /// limits on the way so that an endless line is refused as soon as it passes the limit. Each
    /// byte is looked at about once however the head is split into reads (a client dribbling one
    /// byte at a time costs no more than one sending it whole).
    private mutating func scanHead(_ bytes: UnsafeBufferPointer<UInt8>, from scanned: Int) -> HeadScan {
        let count = bytes.count
        if requestLineEnd == nil {
            var index = scanned
            while index < count, bytes[index] != .lf { index += 1 }
            if index < count {
                // Checked at once rather than when the head ends: a client that ends lines with a
                // bare LF would otherwise wait for a CRLFCRLF that never comes.
                guard index > 0, bytes[index - 1] == .cr else {
                    return .invalid(HTTPParseError(.malformed, "Bare LF in the request head."))
                }
                requestLineEnd = index
            }
        }
        var index = max(0, scanned - 3)
        while index + 3 < count {
            let last = bytes[index + 3]
            if last != .lf {
                // A byte that is neither CR nor LF cannot be inside CRLFCRLF: jump past it.
                index += last == .cr ? 1 : 4
                continue
            }
            if bytes[index] == .cr, bytes[index + 1] == .lf, bytes[index + 2] == .cr {
                let length = index + 4
                if let error = checkSizes(bytes, upTo: length, complete: true) { return .invalid(error) }
                return .complete(length: length)
            }
            index += 1
        }
        if let error = checkSizes(bytes, upTo: count, complete: false) { return .invalid(error) }
        return .incomplete(scanned: count)
    }

    /// Whether the first `length` bytes of a head are already over a limit.
    private func checkSizes(_ bytes: UnsafeBufferPointer<UInt8>, upTo length: Int, complete: Bool) -> HTTPParseError? {
        guard let lineFeed = requestLineEnd, lineFeed < length else {
            if length > limits.maxRequestLineLength + 1 {
                return HTTPParseError(.requestLineTooLong, "Request line exceeds \(limits.maxRequestLineLength) bytes.")
            }
            return nil
        }
        let lineLength = lineFeed > 0 && bytes[lineFeed - 1] == .cr ? lineFeed - 1 : lineFeed
        if lineLength > limits.maxRequestLineLength {
            return HTTPParseError(.requestLineTooLong, "Request line exceeds \(limits.maxRequestLineLength) bytes.")
        }
        // The header section runs from after the request line's LF to the end of the head; while
        // it is incomplete, its last byte may be the CR of that final CRLF.
        let sectionLength = length - (lineFeed + 1) - (complete ? 2 : 1)
        if sectionLength > limits.maxHeaderBytes {
            return HTTPParseError(.headerFieldsTooLarge, "Header section exceeds \(limits.maxHeaderBytes) bytes.")
        }
        return nil
    }
}

extension UInt8 {
    static let cr = UInt8(ascii: "\r")
    static let lf = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    static let tab = UInt8(ascii: "\t")
    static let colon = UInt8(ascii: ":")
}
