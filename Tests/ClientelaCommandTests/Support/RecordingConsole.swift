import ClientelaCommand
import Foundation
import Synchronization

/// A console that keeps what a command wrote, stream by stream.
final class RecordingConsole: Console {
    private let written = Mutex((output: "", error: ""))

    func write(_ text: String, to stream: ConsoleStream) {
        written.withLock { written in
            switch stream {
            case .output: written.output += text
            case .error: written.error += text
            }
        }
    }

    var output: String { written.withLock { $0.output } }
    var error: String { written.withLock { $0.error } }
}

/// Runs one command line in-process. A `serve` that starts is stopped only by a test's own
/// ``ManualShutdown``: the test process's signals are never taken over.
func runCommand(_ arguments: [String], environment: [String: String] = [:]) async -> (status: ExitCode, output: String, error: String) {
    let console = RecordingConsole()
    let status = await ClientelaCommand.run(arguments, environment: environment, console: console, shutdown: { ManualShutdown() })
    return (status, console.output, console.error)
}

/// The port a startup line names: `… serving http://HOST:PORT (…)`, IPv6 hosts included.
func startupLinePort(_ line: String) -> Int? {
    guard let start = line.range(of: " serving http://")?.upperBound else { return nil }
    let address = line[start...].prefix { $0 != " " }
    guard let colon = address.lastIndex(of: ":") else { return nil }
    return Int(address[address.index(after: colon)...])
}

/// Waits (up to a minute) for an in-process `serve` on a fresh database to print its startup line
/// and its first SUPER_ADMIN token; nil when it never does.
func firstStart(of console: RecordingConsole) async throws -> (port: Int, token: String)? {
    for _ in 0..<3000 {
        if let line = console.output.split(separator: "\n").first(where: { $0.contains(" serving http://") }),
           let port = startupLinePort(String(line)), let token = HTTPTestConnection.firstStartToken(in: console.output) {
            return (port, token)
        }
        try await Task.sleep(for: .milliseconds(20))
    }
    return nil
}
