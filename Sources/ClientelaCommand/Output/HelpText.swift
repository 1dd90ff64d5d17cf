import Gateway

/// The help texts: the tool's, a group's and each command's, built from the command list so that
/// they cannot drift from what the parser accepts.
///
/// A command's flags are listed with their value, their summary, their environment variable and
/// their default, wrapped to 80 columns.
package enum HelpText {
    /// The help for `clientela --help` (no words), `clientela schema --help`, or a command.
    package static func text(for words: [String]) -> String {
        if let command = CommandSpecification.all.first(where: { $0.words == words }) {
            return text(for: command)
        }
        if let group = words.first, words.count == 1, let members = CommandSpecification.groups[group] {
            return groupText(group, members)
        }
        return toolText
    }

    static var toolText: String {
        var lines = [
            "clientela \(ClientelaVersion.current): the Clientela GraphQL server.",
            "",
            "Usage: clientela <command> [flags]",
            "",
            "Commands:",
        ]
        let commands = CommandSpecification.all.map { ($0.name, [$0.summary]) }
        let flags = [
            ("-h, --help", ["Shows this help; 'clientela <command> --help' shows a command's."]),
            ("--version", ["Prints the version."]),
        ]
        let width = columnWidth(commands + flags)
        lines += table(commands, width: width)
        lines += ["", "Flags:"]
        lines += table(flags, width: width)
        lines += [""] + wrap("Every flag of a command can also be set by an environment variable, named in the command's help; a flag on the command line beats its variable.", width: 80)
        return lines.joined(separator: "\n") + "\n"
    }

    static func groupText(_ group: String, _ members: [CommandSpecification]) -> String {
        var lines = ["Usage: clientela \(group) <command> [flags]", "", "Commands:"]
        lines += table(members.map { ($0.name, [$0.summary]) })
        return lines.joined(separator: "\n") + "\n"
    }

    static func text(for command: CommandSpecification) -> String {
        var lines = ["Usage: clientela \(command.name)\(command.flags.isEmpty ? "" : " [flags]")", ""]
        lines += wrap(command.summary, width: 80)
        for paragraph in paragraphs(command.discussion) {
            lines += [""] + wrap(paragraph, width: 80)
        }
        lines += ["", "Flags:"]
        var rows = command.flags.map { flag in
            ("\(flag.spelling) \(flag.valueName)", [
                flag.summary,
                "env \(flag.environmentVariable), " + (flag.defaultValue.isEmpty ? "required" : "default \(flag.defaultValue)"),
            ])
        }
        rows.append(("-h, --help", ["Shows this help."]))
        lines += table(rows)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The width of a table's left column: its widest entry and two spaces.
    static func columnWidth(_ rows: [(String, [String])]) -> Int {
        (rows.map(\.0.count).max() ?? 0) + 2
    }

    /// Two columns: the left padded to `width`, the right's paragraphs wrapped beside it, each
    /// starting on a line of its own.
    static func table(_ rows: [(String, [String])], width: Int? = nil) -> [String] {
        let width = width ?? columnWidth(rows)
        var lines: [String] = []
        for (left, right) in rows {
            let wrapped = right.flatMap { wrap($0, width: max(30, 78 - width)) }
            for (index, line) in wrapped.enumerated() {
                let head = index == 0 ? left : ""
                lines.append("  " + head + String(repeating: " ", count: width - head.count) + line)
            }
        }
        return lines
    }

    /// Words packed into lines of at most `width` characters (a longer word gets its own line).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

extension HelpText {
    /// The paragraphs of a text whose paragraphs are separated by a blank line, each on one line.
    static func paragraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        return paragraphs
    }
}
