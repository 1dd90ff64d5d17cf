import HTTPServer
import Testing

/// Malformed and oversized requests over real sockets: each gets its status, then the
/// connection closes cleanly (the client reads the whole response, not a reset), and the server
/// goes on serving.
@Suite struct HTTPServerRefusalTests {
    @Test(arguments: RequestCorpus.refused)
    func refusesWithTheStatusThenClosesThenStillServes(_ sample: RequestCorpus.Refused) async throws {
        try await LiveServer.with { port, server in
            let (refusal, closed, next) = try await Threads.run {
                let client = try TestClient(port: port)
                try client.send(sample.bytes)
                let refusal = try client.readResponse()
                let closed = client.isClosedByServer()
                let other = try TestClient(port: port)
                try other.send("GET /next HTTP/1.1\r\nHost: x\r\n\r\n")
                return (refusal, closed, try other.readResponse())
            }
            #expect(refusal.status == sample.status, "\(sample.name)")
            #expect(refusal.header("Connection") == "close")
            #expect(closed, "\(sample.name): the connection closes after a refusal")
            #expect(next.text == "GET /next HTTP/1.1\n")
            #expect(server.statistics.refusalsByStatus[sample.status] == 1)
        }
    }

    @Test func refusesALargeBodyEvenWhenTheClientKeepsSending() async throws {
        try await LiveServer.with(limits: HTTPLimits(maxBodyBytes: 1000)) { port, _ in
            let response = try await Threads.run {
                let client = try TestClient(port: port)
                try client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n")
                // 600 + 600 bytes: only the second chunk crosses the limit.
                for _ in 0..<2 {
                    try client.send("258\r\n" + String(repeating: "z", count: 600) + "\r\n")
                }
                return try client.readResponse()
            }
            #expect(response.status == 413)
        }
    }

    @Test func usesTheHandlersRefusal() async throws {
        try await LiveServer.with(handler: JSONRefusingHandler()) { port, _ in
            let response = try await Threads.run {
                let client = try TestClient(port: port)
                try client.send("GET / HTTP/1.1\r\n\r\n")
                return try client.readResponse()
            }
            #expect(response.status == 400)
            #expect(response.header("Content-Type") == "application/json")
            #expect(response.text == #"{"error":"HTTP/1.1 request without Host."}"#)
        }
    }
}

private struct JSONRefusingHandler: HTTPHandler {
    func handle(_ request: HTTPRequest) async -> HTTPResponse {
        .text(.ok, "ok")
    }

    func refuse(_ refusal: HTTPRefusal) -> HTTPResponse {
        HTTPResponse(status: refusal.status, headers: ["Content-Type": "application/json"], body: Array(#"{"error":"\#(refusal.reason)"}"#.utf8))
    }
}
