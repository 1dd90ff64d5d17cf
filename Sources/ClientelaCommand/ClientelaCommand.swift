import Gateway

/// The `clientela` command: parses the command line and runs what it asks for.
///
/// A library target apart from the executable so that the tests can run every command
/// in-process with a recording ``Console``; `Sources/clientela/main.swift` only hands it the
/// process's arguments, environment and descriptors.
package enum ClientelaCommand {
    /// Runs one command line.
    ///
    /// - Parameters:
    ///   - arguments: The arguments after the program's name.
    ///   - environment: The environment, for the flags' variables.
    ///   - console: Where the command writes.
    ///   - shutdown: Makes what stops `serve`: the process's SIGINT and SIGTERM in the
    ///     executable, a trigger of the test's own in tests. Called only when `serve` is about to
    ///     listen, so no other command (and no failed start) touches the process's signals.
    /// - Returns: The status the process exits with.
    package static func run(
        _ arguments: [String],
        environment: [String: String],
        console: any Console,
        shutdown: @escaping @Sendable () -> any ShutdownSignal = { ProcessSignals() }
    ) async -> ExitCode {
        let invocation: Invocation
        do {
            invocation = try CommandLineParser.parse(arguments, environment: environment)
        } catch {
            console.errorLine(error.description)
            return .usage
        }
        switch invocation {
        case .help(let words):
            console.write(HelpText.text(for: words), to: .output)
            return .success
        case .version:
            console.line("clientela \(ClientelaVersion.current)")
            return .success
        case .schemaPrint:
            return SchemaPrintCommand.run(console: console)
        case .migrate(let options):
            return await MigrateCommand.run(options, console: console)
        case .tokenCreate(let options):
            return await TokenCreateCommand.run(options, console: console)
        case .seedDemo(let options):
            return await SeedDemoCommand.run(options, console: console)
        case .serve(let options):
            return await ServeCommand.run(options, environment: environment, console: console, shutdown: shutdown)
        }
    }
}
