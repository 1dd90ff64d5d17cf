/// The value of each flag of a command line, and where each came from.
///
/// The origin matters for messages: a bad value from the command line is named as the flag
/// (`--port`), one from the environment as the variable (`CLIENTELA_PORT`), so the user knows
/// where to look.
package struct FlagValues: Sendable, Equatable {
    /// Where a value came from, in the order of precedence.
    package enum Origin: Sendable, Equatable {
        case commandLine
        case environment
        case defaultValue
    }

    package struct Value: Sendable, Equatable {
        package let text: String
        package let origin: Origin
    }

    /// The command the flags belong to, for messages.
    package let command: [String]
    private let values: [String: Value]

    /// Resolves every flag of `flags`: the command line's value, else the environment's (an
    /// empty variable counts as unset), else the default.
    package init(command: [String], flags: [FlagSpecification], commandLine: [String: String], environment: [String: String]) {
        self.command = command
        var values: [String: Value] = [:]
        for flag in flags {
            if let text = commandLine[flag.name] {
                values[flag.name] = Value(text: text, origin: .commandLine)
            } else if let text = environment[flag.environmentVariable], !text.isEmpty {
                values[flag.name] = Value(text: text, origin: .environment)
            } else {
                values[flag.name] = Value(text: flag.defaultValue, origin: .defaultValue)
            }
        }
        self.values = values
    }

    /// The value of a flag the command declares.
    package subscript(flag: FlagSpecification) -> Value {
        guard let value = values[flag.name] else {
            preconditionFailure("flag \(flag.spelling) is not declared by 'clientela \(command.joined(separator: " "))'")
        }
        return value
    }

    /// Converts a flag's value.
    ///
    /// - Parameters:
    ///   - expected: What a good value is, for the message: "a port number from 0 to 65535".
    ///   - conversion: Returns nil for a bad value.
    /// - Throws: ``UsageError`` quoting the value and naming its origin.
    package func convert<T>(_ flag: FlagSpecification, expected: String, _ conversion: (String) -> T?) throws(UsageError) -> T {
        let value = self[flag]
        if let converted = conversion(value.text) { return converted }
        throw UsageError("\(source(of: flag)) is '\(value.text)', which is not \(expected)", command: command)
    }

    /// `--port`, `CLIENTELA_PORT`, or "the default of --port", for messages.
    package func source(of flag: FlagSpecification) -> String {
        switch self[flag].origin {
        case .commandLine: flag.spelling
        case .environment: flag.environmentVariable
        case .defaultValue: "the default of \(flag.spelling)"
        }
    }
}
