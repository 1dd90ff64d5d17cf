import Glibc
import HTTPServer
import Testing

/// Slow, idle and non-reading clients are cut off by the loop's sweeps while others are served.
@Suite struct HTTPServerTimeoutTests {
    @Test func cutsOffASlowLorisAtTheHeaderTimeoutWhileServingOthers() async throws {
        let timeouts = HTTPTimeouts(header: .seconds(1))
        try await LiveServer.with(timeouts: timeouts) { port, _ in
            let results = try await Threads.runConcurrently(2) { role -> [String] in
                if role == 0 {
                    // One header byte every 200 ms, until the server answers.
                    let loris = try TestClient(port: port)
                    let bytes = Array(("GET / HTTP/1.1\r\nHost: x\r\nX-Pad: " + String(repeating: "a", count: 200)).utf8)
                    var sent = 0
                    while sent < bytes.count, !loris.hasInput() {
                        try loris.send([bytes[sent]])
                        sent += 1
                        Threads.sleep(milliseconds: 200)
                    }
                    let response = try loris.readResponse()
                    return ["\(response.status)", "\(sent < bytes.count)", "\(loris.isClosedByServer())"]
                }
                // Meanwhile another client is served normally, again and again.
                Threads.sleep(milliseconds: 100)
                let client = try TestClient(port: port)
                var texts: [String] = []
                for index in 0..<10 {
                    try client.send("GET /other/\(index) HTTP/1.1\r\nHost: x\r\n\r\n")
                    texts.append(try client.readResponse().text)
                    Threads.sleep(milliseconds: 20)
                }
                return texts
            }
            #expect(results[0] == ["408", "true", "true"])
            #expect(results[1] == (0..<10).map { "GET /other/\($0) HTTP/1.1\n" })
        }
    }

    @Test func closesAnIdleConnectionSilently() async throws {
        try await LiveServer.with(timeouts: HTTPTimeouts(idle: .milliseconds(300))) { port, server in
            let (first, rest) = try await Threads.run {
                let client = try TestClient(port: port)
                try client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                let first = try client.readResponse()
                return (first, try client.readToEnd())
            }
            #expect(first.status == 200)
            #expect(rest.isEmpty, "no 408 for a connection between requests")
            #expect(Eventually.wait { server.statistics.openConnections == 0 })
        }
    }

    @Test func aPeerThatNeverReadsDoesNotStopOthersAndIsClosedAfterTheWriteTimeout() async throws {
        try await LiveServer.with(timeouts: HTTPTimeouts(write: .seconds(1))) { port, server in
            let results = try await Threads.run { () -> (texts: [String], stuckClosed: Bool) in
                let stuck = try TestClient(port: port)
                try stuck.send("GET /big/32000000 HTTP/1.1\r\nHost: x\r\n\r\n")
                let other = try TestClient(port: port)
                var texts: [String] = []
                for index in 0..<10 {
                    try other.send("GET /fine/\(index) HTTP/1.1\r\nHost: x\r\n\r\n")
                    texts.append(try other.readResponse().text)
                }
                // The stuck peer's connection goes; the other one stays open.
                let stuckClosed = Eventually.wait { server.statistics.openConnections == 1 }
                _ = stuck
                return (texts, stuckClosed)
            }
            #expect(results.texts == (0..<10).map { "GET /fine/\($0) HTTP/1.1\n" })
            #expect(results.stuckClosed)
        }
    }
}
