import HTTPServer
import Synchronization
import Testing

/// The connection rules, over real loopback sockets.
@Suite struct HTTPServerTests {
    @Test func answersWithLengthDateAndTheHandlersFields() async throws {
        try await LiveServer.with { port, _ in
            let response = try await Threads.run {
                let client = try TestClient(port: port)
                try client.send("GET /hello?x=1 HTTP/1.1\r\nHost: x\r\n\r\n")
                return try client.readResponse()
            }
            #expect(response.status == 200)
            #expect(response.text == "GET /hello?x=1 HTTP/1.1\n")
            #expect(response.header("Content-Length") == "\(response.body.count)")
            #expect(response.header("Date")?.hasSuffix(" GMT") == true)
            #expect(response.header("X-Handler") == "echo")
            #expect(response.header("Connection") == nil)
        }
    }

    @Test func keepsTheConnectionForSeveralRequests() async throws {
        try await LiveServer.with { port, server in
            let texts = try await Threads.run {
                let client = try TestClient(port: port)
                var texts: [String] = []
                for index in 0..<5 {
                    try client.send("POST /n/\(index) HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\n\(index)")
                    texts.append(try client.readResponse().text)
                }
                return texts
            }
            #expect(texts == (0..<5).map { "POST /n/\($0) HTTP/1.1\n\($0)" })
            #expect(server.statistics.acceptedConnections == 1)
        }
    }

    @Test func answersPipelinedRequestsInOrder() async throws {
        // The first request is slow to answer, so a server answering out of order would show it.
        try await LiveServer.with(handler: SlowFirstHandler()) { port, _ in
            let texts = try await Threads.run {
                let client = try TestClient(port: port)
                let requests = (0..<6).map { index in
                    index % 2 == 0
                        ? "GET /p/\(index) HTTP/1.1\r\nHost: x\r\n\r\n"
                        : "POST /p/\(index) HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbody"
                }
                try client.send(requests.joined())
                return try (0..<6).map { _ in try client.readResponse().text }
            }
            #expect(texts == (0..<6).map { "/p/\($0)" })
        }
    }

    @Test func closesAfterConnectionClose() async throws {
        try await LiveServer.with { port, _ in
            let (response, closed) = try await Threads.run {
                let client = try TestClient(port: port)
                try client.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                return (try client.readResponse(), client.isClosedByServer())
            }
            #expect(response.status == 200)
            #expect(response.header("Connection") == "close")
            #expect(closed)
        }
    }

    @Test func speaksHTTP10WithAndWithoutKeepAlive() async throws {
        try await LiveServer.with { port, _ in
            let (plain, plainClosed, kept, second) = try await Threads.run {
                let client = try TestClient(port: port)
                try client.send("GET /old HTTP/1.0\r\n\r\n")
                let plain = try client.readResponse()
                let plainClosed = client.isClosedByServer()

                let keeper = try TestClient(port: port)
                try keeper.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                let kept = try keeper.readResponse()
                try keeper.send("GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                return (plain, plainClosed, kept, try keeper.readResponse())
            }
            #expect(plain.text == "GET /old HTTP/1.0\n")
            #expect(plain.header("Connection") == "close")
            #expect(plainClosed)
            #expect(kept.header("Connection") == "keep-alive")
            #expect(second.text == "GET /b HTTP/1.0\n")
        }
    }

    @Test func sendsContinueBeforeReadingTheBody() async throws {
        try await LiveServer.with { port, _ in
            let (interim, final) = try await Threads.run {
                let client = try TestClient(port: port)
                try client.send("POST /up HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
                let interim = try client.readResponse(bodyExpected: false)
                try client.send("hello")
                return (interim, try client.readResponse())
            }
            #expect(interim.status == 100)
            #expect(final.status == 200)
            #expect(final.text == "POST /up HTTP/1.1\nhello")
        }
    }

    @Test func decodesAChunkedBodyArrivingInPieces() async throws {
        try await LiveServer.with { port, _ in
            let response = try await Threads.run {
                let client = try TestClient(port: port)
                let pieces = ["POST /c HTTP/1.1\r\nHost: x\r\nTransfer-", "Encoding: chunked\r\n\r\n4\r\nwi", "ki\r\n5;ext=1\r\npedia\r\n", "0\r\nX-T: 1\r\n\r\n"]
                for piece in pieces {
                    try client.send(piece)
                    Threads.sleep(milliseconds: 10)
                }
                return try client.readResponse()
            }
            #expect(response.text == "POST /c HTTP/1.1\nwikipedia")
        }
    }

    @Test func answersHeadWithTheLengthButNoBody() async throws {
        try await LiveServer.with { port, _ in
            let (head, next) = try await Threads.run {
                let client = try TestClient(port: port)
                try client.send("HEAD /big/1000 HTTP/1.1\r\nHost: x\r\n\r\nGET /after HTTP/1.1\r\nHost: x\r\n\r\n")
                return (try client.readResponse(bodyExpected: false), try client.readResponse())
            }
            #expect(head.header("Content-Length") == "1000")
            #expect(next.text == "GET /after HTTP/1.1\n", "no body bytes between the HEAD response and the next")
        }
    }

    @Test func answersAHalfClosedClientBeforeClosing() async throws {
        try await LiveServer.with { port, _ in
            let bytes = try await Threads.run {
                let client = try TestClient(port: port)
                try client.send("GET /last HTTP/1.1\r\nHost: x\r\n\r\n")
                client.shutdownWrite()
                return try client.readToEnd()
            }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.hasPrefix("HTTP/1.1 200 OK\r\n"))
            #expect(text.hasSuffix("GET /last HTTP/1.1\n"))
        }
    }

    @Test func serves200ConcurrentKeepAliveClients() async throws {
        try await LiveServer.with { port, server in
            let failures = try await Threads.runConcurrently(200) { client in
                let connection = try TestClient(port: port)
                var failures: [String] = []
                for request in 0..<5 {
                    let body = "client \(client) request \(request)"
                    try connection.send("POST /c/\(client)/\(request) HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
                    let response = try connection.readResponse()
                    let expected = "POST /c/\(client)/\(request) HTTP/1.1\n\(body)"
                    if response.status != 200 || response.text != expected { failures.append(response.text) }
                }
                return failures
            }
            #expect(failures.flatMap { $0 }.isEmpty)
            #expect(server.statistics.acceptedConnections == 200)
        }
    }
}

/// Answers with the request's target; the first request of the server waits a little first.
private final class SlowFirstHandler: HTTPHandler {
    private let first = Mutex(true)

    func handle(_ request: HTTPRequest) async -> HTTPResponse {
        if first.withLock({ value in defer { value = false }; return value }) {
            try? await Task.sleep(for: .milliseconds(100))
        }
        return .text(.ok, request.target)
    }
}
