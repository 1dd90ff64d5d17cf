/// A command line the tool cannot act on: an unknown command or flag, a flag without its value,
/// a value out of range, one from an environment variable included.
///
/// Reported as one line on standard error, `clientela: <message>; see '<help>'`, and exit status
/// 2. The help named is the command's own when the command is known (`clientela serve --help`),
/// the tool's otherwise, so the line points at the text that answers it.
package struct UsageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, without the `clientela:` prefix.
    package let message: String
    /// The command whose help explains the rule, as typed: `["serve"]`, `["schema", "print"]`,
    /// or empty for the tool itself.
    package let command: [String]

    package init(_ message: String, command: [String] = []) {
        self.message = message
        self.command = command
    }

    /// The line written to standard error.
    package var description: String {
        let help = (["clientela"] + command + ["--help"]).joined(separator: " ")
        return "clientela: \(message); see '\(help)'"
    }
}
