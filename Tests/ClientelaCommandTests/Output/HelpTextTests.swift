import ClientelaCommand
import Gateway
import Testing

@Suite struct HelpTextTests {
    @Test func theToolsHelpListsEveryCommandAndNothingElse() async {
        let result = await runCommand(["--help"])
        #expect(result.status == .success)
        #expect(result.error.isEmpty)
        #expect(result.output.hasPrefix("clientela \(ClientelaVersion.current): the Clientela GraphQL server.\n\nUsage: clientela <command> [flags]\n"))
        let commandLines = result.output.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("  -") }
        #expect(commandLines.map { $0.split(separator: " ", maxSplits: 2).prefix(1).joined() } == ["serve", "migrate", "schema", "token", "seed-demo"])
        // Commands whose modules have not landed are not offered.
        for absent in ["import", "export"] {
            #expect(!result.output.contains(absent))
        }
    }

    @Test func aCommandsHelpNamesEachFlagsVariableAndDefault() async {
        let result = await runCommand(["serve", "--help"])
        #expect(result.status == .success)
        #expect(result.output.hasPrefix("Usage: clientela serve [flags]\n"))
        for (flag, variable, defaultValue) in [
            ("--host HOST", "CLIENTELA_HOST", "127.0.0.1"), ("--port PORT", "CLIENTELA_PORT", "8080"),
            ("--database URL", "CLIENTELA_DATABASE", "./clientela.sqlite"), ("--grace-period SECONDS", "CLIENTELA_GRACE_PERIOD", "10"),
        ] {
            #expect(result.output.contains("\n  \(flag) "))
            #expect(result.output.contains("env \(variable), default \(defaultValue)\n"))
        }
        #expect(result.output.contains("  -h, --help "))
    }

    @Test func helpLinesFitEightyColumns() {
        for words in [[], ["serve"], ["migrate"], ["schema"], ["schema", "print"]] {
            let text = HelpText.text(for: words)
            for line in text.split(separator: "\n") {
                #expect(line.count <= 80, "\(words): \(line)")
            }
        }
    }

    @Test func theGroupsHelpListsItsCommands() async {
        let result = await runCommand(["schema", "--help"])
        #expect(result.output == "Usage: clientela schema <command> [flags]\n\nCommands:\n  schema print  Prints the GraphQL schema the server serves, as SDL.\n")
    }

    @Test func versionPrintsTheVersion() async {
        let result = await runCommand(["--version"])
        #expect(result.status == .success)
        #expect(result.output == "clientela \(ClientelaVersion.current)\n")
    }

    @Test func aUsageErrorIsOneLineOnStandardErrorAndStatusTwo() async {
        let result = await runCommand(["serve", "--port", "abc"])
        #expect(result.status == .usage)
        #expect(result.status.rawValue == 2)
        #expect(result.output.isEmpty)
        #expect(result.error == "clientela: --port is 'abc', which is not a port number from 0 to 65535; see 'clientela serve --help'\n")
    }
}
