import Glibc
import HTTPServer
import Testing

@Suite struct HTTPServerShutdownTests {
    @Test func finishesRequestsInFlightClosesIdleConnectionsAndRefusesNewOnes() async throws {
        let gate = GateHandler()
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0, eventLoops: 2), handler: gate)
        let port = try server.start()

        let idle = try await Threads.run { () -> TestClient in
            let client = try TestClient(port: port)
            try client.send("GET /warm HTTP/1.1\r\nHost: x\r\n\r\n")
            _ = try client.readResponse()
            return client
        }
        async let inFlight = Threads.runConcurrently(3) { index in
            let client = try TestClient(port: port)
            try client.send("GET /held/\(index) HTTP/1.1\r\nHost: x\r\n\r\n")
            let response = try client.readResponse()
            return [String(response.status), response.text, response.header("Connection") ?? "", String(client.isClosedByServer())]
        }
        #expect(try await Threads.run { Eventually.wait { gate.arrived == 3 } })

        let shutdown = Task { await server.shutdown(gracePeriod: .seconds(20)) }
        let refused = try await Threads.run {
            Eventually.wait {
                do throws(TestClientError) {
                    _ = try TestClient(port: port)
                    return false
                } catch {
                    return error.errno == ECONNREFUSED
                }
            }
        }
        #expect(refused, "new connections are refused once shutdown began")
        #expect(try await Threads.run { idle.isClosedByServer() }, "idle connections are closed")
        #expect(gate.arrived == 3, "the requests in flight are still held")

        gate.open()
        let answers = try await inFlight
        #expect(answers == (0..<3).map { ["200", "released /held/\($0)", "close", "true"] })
        await shutdown.value
        #expect(server.statistics.openConnections == 0)
    }

    @Test func closesWhatIsLeftAtTheEndOfTheGracePeriod() async throws {
        let gate = GateHandler()
        let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0, eventLoops: 2), handler: gate)
        let port = try server.start()
        async let stuck = Threads.run { () -> [UInt8] in
            let client = try TestClient(port: port)
            try client.send("GET /held/forever HTTP/1.1\r\nHost: x\r\n\r\n")
            return try client.readToEnd()
        }
        #expect(try await Threads.run { Eventually.wait { gate.arrived == 1 } })
        await server.shutdown(gracePeriod: .milliseconds(200))
        #expect(try await stuck.isEmpty, "closed without an answer")
        #expect(server.statistics.openConnections == 0)
        gate.open()
        await server.waitUntilStopped()
    }
}
