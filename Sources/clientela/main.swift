import ClientelaCommand
import Foundation

// The `clientela` executable: everything happens in ClientelaCommand, where the tests reach it.
let status = await ClientelaCommand.run(
    Array(CommandLine.arguments.dropFirst()),
    environment: ProcessInfo.processInfo.environment,
    console: StandardConsole()
)
exit(status.rawValue)
