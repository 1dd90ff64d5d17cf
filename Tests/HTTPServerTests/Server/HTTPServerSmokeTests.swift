import HTTPServer
import Testing

@Suite struct HTTPServerSmokeTests {
    @Test func answersAGet() async throws {
        try await LiveServer.with { port, _ in
            let response = try await Threads.run {
                let client = try TestClient(port: port)
                try client.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
                return try client.readResponse()
            }
            #expect(response.status == 200)
            #expect(response.text == "GET /hello HTTP/1.1\n")
        }
    }
}
