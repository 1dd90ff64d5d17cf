import HTTPServer
import Testing

@Suite struct HTTPRequestParserTests {
    /// The outcome of feeding bytes to a parser, comparable whatever the feeding pattern.
    private enum Outcome: Equatable {
        case request(method: String, target: String, minorVersion: Int, headers: [String], body: [UInt8], keepAlive: Bool)
        case failure(status: Int)
        case incomplete
    }

    private static func outcome(_ result: HTTPParseResult) -> Outcome {
        switch result {
        case .needMoreData: .incomplete
        case .failure(let error): .failure(status: error.status.code)
        case .request(let parsed):
            .request(
                method: parsed.request.method,
                target: parsed.request.target,
                minorVersion: parsed.request.minorVersion,
                headers: parsed.request.headers.map { "\($0.name): \($0.value)" },
                body: parsed.request.body,
                keepAlive: parsed.keepAlive
            )
        }
    }

    /// Feeds `bytes` in pieces of `pieceSize`, keeping unconsumed bytes as a connection would,
    /// and returns the first non-incomplete outcome (or incomplete) and the bytes left over.
    private static func feed(_ bytes: [UInt8], pieceSize: Int) -> (Outcome, leftover: Int) {
        var parser = HTTPRequestParser()
        var buffer: [UInt8] = []
        var offset = 0
        while offset < bytes.count {
            let end = min(bytes.count, offset + pieceSize)
            buffer.append(contentsOf: bytes[offset..<end])
            offset = end
            let (result, consumed) = buffer.withUnsafeBufferPointer { parser.parse($0) }
            buffer.removeFirst(consumed)
            let outcome = outcome(result)
            if outcome != .incomplete { return (outcome, buffer.count + bytes.count - offset) }
        }
        return (.incomplete, buffer.count)
    }

    @Test(arguments: RequestCorpus.accepted)
    func acceptsValidRequestsTheSameByteByByteAndWhole(_ sample: RequestCorpus.Accepted) throws {
        let (whole, leftover) = Self.feed(sample.bytes, pieceSize: sample.bytes.count)
        let (dribbled, _) = Self.feed(sample.bytes, pieceSize: 1)
        #expect(whole == dribbled)
        #expect(leftover == 0)
        guard case .request(let method, let target, _, _, let body, let keepAlive) = whole else {
            Issue.record("\(sample.name): \(whole)")
            return
        }
        #expect(method == sample.method)
        #expect(target == sample.target)
        #expect(String(decoding: body, as: UTF8.self) == sample.body)
        #expect(keepAlive == sample.keepAlive)
    }

    @Test(arguments: RequestCorpus.refused)
    func refusesMalformedRequestsWithTheirStatusByteByByteAndWhole(_ sample: RequestCorpus.Refused) {
        let (whole, _) = Self.feed(sample.bytes, pieceSize: sample.bytes.count)
        let (dribbled, _) = Self.feed(sample.bytes, pieceSize: 1)
        let (inSevens, _) = Self.feed(sample.bytes, pieceSize: 7)
        #expect(whole == .failure(status: sample.status), "\(sample.name)")
        #expect(dribbled == whole, "\(sample.name)")
        #expect(inSevens == whole, "\(sample.name)")
    }

    @Test func headersKeepOrderCaseAndTrimmedValues() throws {
        let (outcome, _) = Self.feed(Array("GET / HTTP/1.1\r\nHost:x\r\nX-Echo: \t spaced out \t\r\nx-echo: second\r\n\r\n".utf8), pieceSize: 100)
        guard case .request(_, _, _, let headers, _, _) = outcome else {
            Issue.record("\(outcome)")
            return
        }
        #expect(headers == ["Host: x", "X-Echo: spaced out", "x-echo: second"])
    }

    @Test func pipelinedRequestsComeOutOneAtATimeInOrder() {
        let bytes = Array("GET /1 HTTP/1.1\r\nHost: x\r\n\r\nPOST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabcGET /3 HTTP/1.1\r\nHost: x\r\n\r\n".utf8)
        var parser = HTTPRequestParser()
        var offset = 0
        var targets: [String] = []
        var bodies: [String] = []
        while offset < bytes.count {
            let (result, consumed) = bytes.withUnsafeBufferPointer { parser.parse(UnsafeBufferPointer(rebasing: $0[offset...])) }
            offset += consumed
            guard case .request(let parsed) = result else {
                Issue.record("unexpected \(result)")
                return
            }
            targets.append(parsed.request.target)
            bodies.append(String(decoding: parsed.request.body, as: UTF8.self))
        }
        #expect(targets == ["/1", "/2", "/3"])
        #expect(bodies == ["", "abc", ""])
    }

    @Test func asksForContinueOnlyUntilAcknowledgedAndOnlyWhenTheBodyIsMissing() {
        var parser = HTTPRequestParser()
        let head = Array("POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n".utf8)
        let (first, consumed) = head.withUnsafeBufferPointer { parser.parse($0) }
        guard case .needMoreData = first else {
            Issue.record("\(first)")
            return
        }
        #expect(consumed == head.count)
        #expect(parser.wantsContinue)
        parser.acknowledgeContinue()
        #expect(!parser.wantsContinue)
        let (second, _) = Array("hi".utf8).withUnsafeBufferPointer { parser.parse($0) }
        guard case .request(let parsed) = second else {
            Issue.record("\(second)")
            return
        }
        #expect(parsed.request.body == Array("hi".utf8))

        var oldClient = HTTPRequestParser()
        _ = Array("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n".utf8).withUnsafeBufferPointer { oldClient.parse($0) }
        #expect(!oldClient.wantsContinue, "HTTP/1.0 ignores the expectation")
    }

    @Test func limitsAreConfigurable() {
        var parser = HTTPRequestParser(limits: HTTPLimits(maxRequestLineLength: 22, maxHeaderBytes: 30, maxHeaderCount: 2, maxBodyBytes: 4))
        let cases: [(String, Int?)] = [
            ("GET /012345678 HTTP/1.1\r\nHost: x\r\n\r\n", 414),
            ("GET /01234567 HTTP/1.1\r\nHost: x\r\n\r\n", nil),
            ("GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\n\r\n", 431),
            ("GET / HTTP/1.1\r\nHost: x\r\nA: 01234567890123456\r\n\r\n", 431),
            ("GET / HTTP/1.1\r\nHost: x\r\nA: 0123456789012345\r\n\r\n", nil),
            ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n", 413),
            ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nabcd", nil),
        ]
        for (text, status) in cases {
            parser = HTTPRequestParser(limits: parser.limits)
            let (result, _) = Array(text.utf8).withUnsafeBufferPointer { parser.parse($0) }
            switch (result, status) {
            case (.failure(let error), let status?): #expect(error.status.code == status, "\(text)")
            case (.request, nil): break
            default: Issue.record("\(text): \(result)")
            }
        }
    }
}
