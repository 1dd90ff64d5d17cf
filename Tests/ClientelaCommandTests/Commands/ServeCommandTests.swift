import ClientelaCommand
import Gateway
import Synchronization
import Testing

/// `serve` run in-process, stopped by the test: start-up line, a request, a clean stop, and the
/// refusals of start-up.
@Suite struct ServeCommandTests {
    /// A running in-process server.
    private struct Running {
        let task: Task<ExitCode, Never>
        let console: RecordingConsole
        let shutdown: ManualShutdown
        let port: Int
        let startupLine: String
    }

    /// Starts `serve`; nil when it ended without a startup line (its errors are in the console).
    private func start(_ arguments: [String]) async throws -> Running? {
        let console = RecordingConsole()
        let shutdown = ManualShutdown()
        let finished = Atomic(false)
        let task = Task {
            let status = await ClientelaCommand.run(["serve"] + arguments, environment: [:], console: console, shutdown: { shutdown })
            finished.store(true, ordering: .sequentiallyConsistent)
            return status
        }
        // A minute at most, so that a server that never starts fails the test instead of hanging it.
        for _ in 0..<3000 {
            if let line = console.output.split(separator: "\n").first(where: { $0.contains(" serving http://") }) {
                let port = try #require(startupLinePort(String(line)))
                return Running(task: task, console: console, shutdown: shutdown, port: port, startupLine: String(line))
            }
            if finished.load(ordering: .sequentiallyConsistent) { return nil }
            try await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }

    @Test func servesUntilToldToStop() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/served.sqlite"
        let server = try #require(try await start(["--port", "0", "--database", path, "--grace-period", "0.5"]))
        #expect(server.port > 0)
        #expect(server.startupLine == "clientela \(ClientelaVersion.current) serving http://127.0.0.1:\(server.port) (database \(path), sqlite)")

        let token = try #require(HTTPTestConnection.firstStartToken(in: server.console.output), "\(server.console.output)")
        let response = try #require(try await HTTPTestConnection.exchange(
            port: server.port, HTTPTestConnection.graphQLRequest(#"{"query":"{ serverVersion }"}"#, token: token)))
        #expect(response.status == 200)
        let anonymous = try await HTTPTestConnection.exchange(port: server.port, HTTPTestConnection.graphQLRequest(#"{"query":"{ serverVersion }"}"#))
        #expect(anonymous?.status == 401)
        #expect(response.body == #"{"data":{"serverVersion":"\#(ClientelaVersion.current)"}}"#)

        server.shutdown.pull()
        #expect(await server.task.value == .success)
        #expect(server.console.output.hasSuffix("clientela: test shutdown received; finishing the requests in flight (at most 0.5 s)\nclientela: stopped\n"))
        #expect(throws: (any Error).self) { try HTTPTestConnection(port: server.port) }
    }

    @Test func aPortInUseIsOneLineAndStatusOne() async throws {
        let first = try #require(try await start(["--port", "0", "--database", ":memory:"]))
        let second = await runCommand(["serve", "--port", "\(first.port)", "--database", ":memory:"])
        #expect(second.status == .failure)
        #expect(second.error == "clientela: cannot listen on 127.0.0.1:\(first.port): the address is already in use (another process listens there; choose another --port)\n")
        #expect(!second.output.contains("serving"))
        first.shutdown.pull()
        #expect(await first.task.value == .success)
    }

    @Test func anAddressThatCannotBeBoundIsOneLineAndStatusOne() async {
        let result = await runCommand(["serve", "--host", "203.0.113.1", "--port", "0", "--database", ":memory:"])
        #expect(result.status == .failure)
        #expect(result.error.hasPrefix("clientela: cannot listen on 203.0.113.1:0: "))
        #expect(result.error.split(separator: "\n").count == 1)
    }

    @Test func aDatabaseThatCannotBeOpenedStopsStartUp() async throws {
        let folder = try TemporaryFolder()
        let result = await runCommand(["serve", "--port", "0", "--database", folder.path + "/no/such/folder/x.sqlite"])
        #expect(result.status == .failure)
        #expect(result.error.hasPrefix("clientela: cannot open the database \(folder.path)/no/such/folder/x.sqlite: "))
        #expect(!result.output.contains("serving"))
    }

    @Test func anIPv6HostIsBracketedInTheStartupLine() async throws {
        // A machine without IPv6 on loopback cannot run this test.
        guard let server = try await start(["--host", "::1", "--port", "0", "--database", ":memory:"]) else { return }
        #expect(server.startupLine.contains("serving http://[::1]:\(server.port) (database :memory:, sqlite)"))
        server.shutdown.pull()
        #expect(await server.task.value == .success)
    }
}
