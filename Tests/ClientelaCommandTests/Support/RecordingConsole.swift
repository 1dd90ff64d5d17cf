import ClientelaCommand
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

/// Runs one command line in-process.
func runCommand(_ arguments: [String], environment: [String: String] = [:]) async -> (status: ExitStatus, output: String, error: String) {
    let console = RecordingConsole()
    let status = await ClientelaCommand.run(arguments, environment: environment, console: console)
    return (status, console.output, console.error)
}
