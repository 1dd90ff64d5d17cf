/// Turns the arguments and the environment into an ``Invocation``, or a ``UsageError``.
///
/// The rules, decided here where api.md is silent:
/// - the command comes first (`clientela serve --port 80`); a flag before it is an error that
///   says so;
/// - a flag is `--name value` or `--name=value`; a value that starts with `--` in the first form
///   is taken for the next flag, so `--port --host x` says `--port` needs a value (use
///   `--name=value` for a value that starts with dashes);
/// - `-h` or `--help` anywhere after the command shows that command's help, whatever else the
///   line holds, so a user who is stuck can always append it;
/// - a flag given twice is an error rather than a silent "last one wins";
/// - no command at all is a usage error too (one line, exit 2), like an unknown one.
package enum CommandLineParser {
    /// - Parameters:
    ///   - arguments: The arguments after the program's name.
    ///   - environment: The process's environment, for the flags' twins.
    /// - Throws: ``UsageError`` for anything the tool cannot act on.
    package static func parse(_ arguments: [String], environment: [String: String]) throws(UsageError) -> Invocation {
        guard let first = arguments.first else {
            throw UsageError("no command given")
        }
        if first == "--help" || first == "-h" {
            return .help([])
        }
        if first == "--version" {
            if arguments.count > 1 { throw UsageError("unexpected argument '\(arguments[1])' after --version") }
            return .version
        }
        if first.hasPrefix("-") {
            let name = flagName(first)
            let known = CommandSpecification.all.contains { $0.flags.contains { $0.name == name } }
            throw UsageError(known ? "the flag '\(first)' goes after a command, as in 'clientela serve \(first)'" : "unknown flag '\(first)'")
        }
        let command: CommandSpecification
        switch try resolve(arguments) {
        case .command(let resolved): command = resolved
        case .groupHelp(let group): return .help([group])
        }
        let rest = Array(arguments.dropFirst(command.words.count))
        if rest.contains(where: { $0 == "--help" || $0 == "-h" }) {
            return .help(command.words)
        }
        let values = try flagValues(rest, for: command, environment: environment)
        switch command.words {
        case CommandSpecification.serve.words: return .serve(try ServeOptions(values))
        case CommandSpecification.migrate.words: return .migrate(try MigrateOptions(values))
        case CommandSpecification.schemaPrint.words: return .schemaPrint
        case CommandSpecification.tokenCreate.words: return .tokenCreate(try TokenCreateOptions(values))
        case CommandSpecification.seedDemo.words: return .seedDemo(try SeedDemoOptions(values))
        default: preconditionFailure("command \(command.name) is listed but not parsed")
        }
    }

    /// What the first words name.
    private enum Resolution {
        case command(CommandSpecification)
        /// `clientela schema --help`.
        case groupHelp(String)
    }

    /// The command the first words name; a group's help when asked for it.
    private static func resolve(_ arguments: [String]) throws(UsageError) -> Resolution {
        if let command = CommandSpecification.all.first(where: { arguments.starts(with: $0.words) }) {
            return .command(command)
        }
        let first = arguments[0]
        guard let members = CommandSpecification.groups[first] else {
            throw UsageError("unknown command '\(first)'")
        }
        let names = members.map { $0.words[1] }.joined(separator: ", ")
        if arguments.count == 1 || arguments[1].hasPrefix("-") {
            if arguments.dropFirst().contains(where: { $0 == "--help" || $0 == "-h" }) {
                return .groupHelp(first)
            }
            throw UsageError("'\(first)' needs a subcommand: \(names)", command: [first])
        }
        throw UsageError("unknown command '\(first) \(arguments[1])'; '\(first)' has: \(names)", command: [first])
    }

    /// Reads `--name value` and `--name=value` pairs, then resolves each flag with its variable
    /// and default.
    private static func flagValues(_ arguments: [String], for command: CommandSpecification, environment: [String: String]) throws(UsageError) -> FlagValues {
        var given: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            guard argument.hasPrefix("-"), argument.count > 1, argument != "--" else {
                throw UsageError("unexpected argument '\(argument)' for '\(command.name)'", command: command.words)
            }
            let name = flagName(argument)
            guard argument.hasPrefix("--"), let flag = command.flags.first(where: { $0.name == name }) else {
                let spelling = argument.split(separator: "=", maxSplits: 1).first.map(String.init) ?? argument
                throw UsageError("unknown flag '\(spelling)' for '\(command.name)'", command: command.words)
            }
            guard given[flag.name] == nil else {
                throw UsageError("the flag \(flag.spelling) is given twice", command: command.words)
            }
            if let equals = argument.firstIndex(of: "=") {
                given[flag.name] = String(argument[argument.index(after: equals)...])
            } else if index < arguments.count, !arguments[index].hasPrefix("--") {
                given[flag.name] = arguments[index]
                index += 1
            } else {
                throw UsageError("the flag \(flag.spelling) needs a value (\(flag.valueName))", command: command.words)
            }
        }
        return FlagValues(command: command.words, flags: command.flags, commandLine: given, environment: environment)
    }

    /// `--port=80` → `port`.
    private static func flagName(_ argument: String) -> String {
        let withoutDashes = argument.drop { $0 == "-" }
        return String(withoutDashes.prefix { $0 != "=" })
    }
}
