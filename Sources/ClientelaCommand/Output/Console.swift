/// Where a command writes: its output and its diagnostics.
///
/// Commands write through this protocol rather than to the process's descriptors so that the
/// tests can run them in-process and read what they said.
package protocol Console: Sendable {
    /// Writes `text` as it is (callers add the newline).
    func write(_ text: String, to stream: ConsoleStream)

    /// Whether standard error is a terminal, where a long command may redraw a progress line.
    var errorIsTerminal: Bool { get }
}

/// The two streams a command writes to.
package enum ConsoleStream: Sendable, Equatable {
    /// Standard output: what the command produces (the schema, the help, the startup line).
    case output
    /// Standard error: errors, and the server's request log.
    case error
}

extension Console {
    /// A recording console, a pipe or a file: no progress line.
    package var errorIsTerminal: Bool { false }

    /// Writes one line on standard output.
    package func line(_ text: String) {
        write(text + "\n", to: .output)
    }

    /// Writes one line on standard error.
    package func errorLine(_ text: String) {
        write(text + "\n", to: .error)
    }
}
