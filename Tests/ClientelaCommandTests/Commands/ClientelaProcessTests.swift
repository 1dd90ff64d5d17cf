import Foundation
import Gateway
import Storage
import Testing

/// The built `clientela` executable, end to end: it starts with the defaults in an empty folder,
/// answers, and stops on SIGTERM after finishing the request in flight, leaving a cleanly
/// closed database; a second signal ends it at once.
@Suite struct ClientelaProcessTests {
    @Test func servesThenStopsGracefullyOnSIGTERM() async throws {
        let server = try ServerProcess(["serve", "--port", "0", "--grace-period", "30"])
        let (line, port) = try #require(try await server.startupPort(), "no startup line; stderr: \(server.errorOutput)")
        #expect(line == "clientela \(ClientelaVersion.current) serving http://127.0.0.1:\(port) (database ./clientela.sqlite, sqlite)")

        let token = try #require(HTTPTestConnection.firstStartToken(in: server.output), "no first-start token: \(server.output)")
        let first = try HTTPTestConnection(port: port)
        try first.send(HTTPTestConnection.graphQLRequest(#"{"query":"{ serverVersion }"}"#, token: token))
        let answer = try #require(HTTPTestResponse(first.readToEnd()))
        #expect(answer.status == 200)
        #expect(answer.body == #"{"data":{"serverVersion":"\#(ClientelaVersion.current)"}}"#)

        // A request in flight at the signal: its head is read by the server (it answered
        // `100 Continue`) before, its body is sent after; the server must still answer it, then
        // stop. An idle keep-alive connection is closed without an answer.
        let body = #"{"query":"query Slow { serverVersion }","operationName":"Slow"}"#
        let inFlight = try HTTPTestConnection(port: port)
        #expect(try inFlight.startRequest(bodyLength: body.utf8.count, token: token))
        let idle = try HTTPTestConnection(port: port)
        try idle.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(HTTPTestResponse(idle.readUntilBody())?.status == 200)

        server.signal(SIGTERM)
        #expect(try await server.line(containing: "clientela: SIGTERM received; finishing the requests in flight (at most 30 s)") != nil)
        try inFlight.send(body)
        let late = try #require(HTTPTestResponse(inFlight.readToEnd()), "the request in flight got no answer")
        #expect(late.status == 200)
        #expect(late.body == #"{"data":{"serverVersion":"\#(ClientelaVersion.current)"}}"#)
        #expect(idle.readToEnd() == "", "the idle connection was closed without a response")

        #expect(await server.exitStatus() == 0)
        #expect(server.output.hasSuffix("clientela: stopped\n"))
        // One JSON access-log line per request on standard error, the operation named.
        let log = server.errorOutput.split(separator: "\n")
        #expect(log.count == 3, "\(log)")
        #expect(log.contains { $0.contains(#""operationName":"Slow""#) && $0.hasPrefix("{") })

        // The database was closed cleanly: no log left beside it, and it opens sound.
        let path = server.folder.path + "/clientela.sqlite"
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let database = try await DatabaseConfiguration(url: path).open()
        #expect(try await database.read { try $0.scalar("PRAGMA integrity_check", as: String.self) } == "ok")
        #expect(try await database.read { try $0.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'storage_migrations'", as: Int.self) } == 1)
        await database.close()
    }

    @Test func aSecondSignalDuringTheGracePeriodExitsAtOnce() async throws {
        let server = try ServerProcess(["serve", "--port", "0", "--grace-period", "600"])
        let (_, port) = try #require(try await server.startupPort(), "no startup line; stderr: \(server.errorOutput)")
        // A request whose body never comes keeps the server in its grace period.
        let token = try #require(HTTPTestConnection.firstStartToken(in: server.output), "no first-start token: \(server.output)")
        let stuck = try HTTPTestConnection(port: port)
        #expect(try stuck.startRequest(bodyLength: 1000, token: token))
        server.signal(SIGTERM)
        #expect(try await server.line(containing: "SIGTERM received") != nil)
        server.signal(SIGINT)
        #expect(await server.exitStatus() == 130)
        #expect(server.errorOutput.contains("clientela: SIGINT again during the grace period; exiting now"))
        #expect(!server.output.contains("clientela: stopped"))
    }

    @Test func aBadFlagIsStatusTwoFromTheExecutable() async throws {
        let server = try ServerProcess(["serve", "--port", "http"])
        #expect(await server.exitStatus() == 2)
        #expect(server.errorOutput == "clientela: --port is 'http', which is not a port number from 0 to 65535; see 'clientela serve --help'\n")
        #expect(server.output.isEmpty)
    }
}
