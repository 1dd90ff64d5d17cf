import ClientelaCommand
import Foundation
import GraphQL
import Testing

/// The README's "Clients: a guide", played over HTTP against `clientela serve` on a fresh
/// database: each step's request exactly as the README writes it, each answer compared with the
/// README's (``GuideAnswerMatcher``), then the facts the guide teaches checked on their own, so
/// editing the README to match a regression does not make it pass.
///
/// Set `CLIENTELA_GUIDE_TRANSCRIPT=/some/file` to get every real answer laid out as the README
/// shows them, with the values of the `NAME=…` lines: what to paste when the guide changes.
@Suite struct ReadmeGuideTests {
    /// The steps issue 6 asks the guide to show; removing one from the README fails here.
    static let requiredSteps = [
        "organization", "member", "member-token", "create-refused", "create-client", "update-client", "transition",
        "transition-denied", "create-event", "link-event", "more-clients", "list", "list-after", "nested", "member-reads",
    ]

    @Test func theReadmeDefinesTheHelperTheTestPlays() throws {
        let guide = try ReadmeGuide.load()
        #expect(guide.text.contains(ReadmeGuide.helperLine))
        #expect(guide.text.contains("swift run clientela serve --database /tmp/clientela-guide.sqlite --port 18080"))
        #expect(guide.text.contains("http://127.0.0.1:18080/graphql"))
        #expect(guide.steps.map(\.name) == Self.requiredSteps)
    }

    @Test func everyStepOfTheGuideAnswersAsTheReadmeShows() async throws {
        let guide = try ReadmeGuide.load()
        let folder = try TemporaryFolder()
        let databasePath = folder.path + "/guide.sqlite"
        let console = RecordingConsole()
        let shutdown = ManualShutdown()
        let server = Task {
            // A deadline far above the default: the whole test suite shares two cores with this
            // server, and one step once waited 12.9 s for them (the answers are what is checked).
            await ClientelaCommand.run(
                ["serve", "--port", "0", "--database", databasePath, "--request-deadline", "300"], environment: [:], console: console, shutdown: { shutdown })
        }
        defer { shutdown.pull() }
        let started = try await firstStart(of: console)
        let (port, token) = try #require(started, "no start: \(console.output) \(console.error)")

        var shell = GuideShell(port: port, databasePath: databasePath, variables: ["TOKEN": token])
        var matcher = GuideAnswerMatcher()
        var answers: [String: Value] = [:]
        var transcript = ""
        for step in guide.steps {
            let exchange: GuideShell.Exchange?
            do {
                exchange = try await shell.run(step.script, matcher: matcher)
            } catch {
                Issue.record("step \(step.name) of the README's guide cannot be played: \(error)")
                break
            }
            guard let exchange, let expectedText = step.answer, let expectedStatus = step.status else {
                transcript += "<!-- \(step.name) -->\n" + variablesLine(step, shell) + "\n"
                continue
            }
            let actual = try JSONReader.parse(exchange.answer)
            answers[step.name] = actual
            transcript += "<!-- \(step.name) -->\n" + variablesLine(step, shell) + GuideJSONLayout.text(of: actual) + "\nHTTP \(exchange.status)\n\n"
            let expected: Value
            do {
                expected = try JSONReader.parse(expectedText)
            } catch {
                Issue.record("step \(step.name): the README's answer is not JSON (\(error))")
                continue
            }
            var differences = matcher.differences(expected: expected, actual: actual)
            if exchange.status != expectedStatus { differences.append("HTTP \(expectedStatus) in the README, \(exchange.status) in the answer") }
            if !differences.isEmpty {
                Issue.record("""
                    step \(step.name) of the README's guide answers otherwise:
                    \(differences.joined(separator: "\n"))
                    sent: \(exchange.body)
                    answer:
                    \(GuideJSONLayout.text(of: actual))
                    HTTP \(exchange.status)
                    """)
            }
        }
        if let path = ProcessInfo.processInfo.environment["CLIENTELA_GUIDE_TRANSCRIPT"] {
            try transcript.write(toFile: path, atomically: true, encoding: .utf8)
        }
        try checkWhatTheGuideTeaches(answers)
        try await checkTheRefusedCreateLeftNothing(port: port, token: token, organization: shell.variables["ORG"])

        shutdown.pull()
        #expect(await server.value == .success)
    }

    /// The `NAME=…` lines of a step, with this run's values, for the transcript.
    private func variablesLine(_ step: ReadmeGuide.Step, _ shell: GuideShell) -> String {
        step.script.compactMap { line in
            guard let name = line.firstMatch(of: /^([A-Z_]+)=\S/)?.1, !line.contains("gql '") else { return nil }
            return "\(name)=\(shell.variables[String(name)] ?? "?")\n"
        }.joined()
    }

    /// What the guide claims, checked on the answers themselves rather than against the README.
    private func checkWhatTheGuideTeaches(_ answers: [String: Value]) throws {
        let refused = try #require(answers["create-refused"])
        #expect(refused["data", "createClient"] == .null)
        // One error for the field; every problem of the input in its `issues`.
        let refusal = try #require(errors(refused).first)
        #expect(refusal["extensions", "code"] == .string("BAD_USER_INPUT"))
        #expect(refusal["extensions", "field"] == .string("email"))
        guard case .list(let problems)? = refusal["extensions", "issues"] else {
            Issue.record("the refusal lists no issues")
            return
        }
        let issues = Set(problems.map { "\($0["code"]?.stringValue ?? "?")@\($0["field"]?.stringValue ?? "?")" })
        #expect(issues == ["BAD_USER_INPUT@email", "INVALID_TAX_ID@taxId"])

        let created = try #require(answers["create-client"])
        #expect(created["data", "createClient", "email"] == .string("juan.gomez@example.mx"))
        #expect(created["data", "createClient", "taxId"] == .string("GOAJ7101257MA"))
        #expect(created["data", "createClient", "status"] == .string("PROSPECT"))

        let updated = try #require(answers["update-client"])
        #expect(updated["data", "updateClient", "metadata"].map(JSONWriter.text) == #"{"campaign":{"name":"spring","medium":"instagram"},"vip":true}"#)

        let denied = try #require(answers["transition-denied"])
        let denial = try #require(errors(denied).first)
        #expect(denial["extensions", "code"] == .string("STATUS_TRANSITION_DENIED"))
        #expect(denial["extensions", "from"] == .string("ACTIVE"))
        #expect(denial["extensions", "to"] == .string("PENDING"))
        #expect(denial["extensions", "allowed"] == .list([.string("COMPLETED"), .string("SUSPENDED"), .string("INACTIVE")]))

        let list = try #require(answers["list"])
        #expect(list["data", "clients", "meta", "total"] == .int(2))
        let next = try #require(answers["list-after"])
        #expect(next["data", "clients", "pageInfo", "hasNextPage"] == .bool(false))
        #expect(list["data", "clients", "data"] != next["data", "clients", "data"])

        let nested = try #require(answers["nested"])
        #expect(nested["data", "client", "_count", "events"] == .int(1))
        #expect(nested["data", "client", "events"].map { if case .list(let items) = $0 { items.count } else { -1 } } == 1)
        #expect(nested["data", "client", "assignedTo", "email"] == .string("mia@luna.mx"))

        let member = try #require(answers["member-reads"])
        #expect(member["data", "client", "notes"] == .string("Prefers WhatsApp."))
        #expect(Set(errors(member).compactMap { $0["extensions", "code"]?.stringValue }) == ["FORBIDDEN"])
        #expect(Set(errors(member).compactMap { $0["path"].map(JSONWriter.text) }) == [#"["client","taxId"]"#, #"["client","lifetimeValue"]"#])
    }

    /// The refused create stored nothing: the organization holds the three clients the guide
    /// created, not four.
    private func checkTheRefusedCreateLeftNothing(port: Int, token: String, organization: String?) async throws {
        let organization = try #require(organization)
        let body = #"{"query":"query ($org: ID) { clients(filter: {organizationId: $org}) { meta { total } } }","variables":{"org":"\#(organization)"}}"#
        let response = try #require(try await HTTPTestConnection.exchange(port: port, HTTPTestConnection.graphQLRequest(body, token: token)))
        #expect(response.body == #"{"data":{"clients":{"meta":{"total":3}}}}"#)
    }

    private func errors(_ answer: Value) -> [Value] {
        if case .list(let items)? = answer["errors"] { items } else { [] }
    }
}

extension Value {
    /// The value at a path of object keys, nil where there is none.
    subscript(_ keys: String...) -> Value? {
        var current: Value? = self
        for key in keys {
            guard case .object(let object)? = current else { return nil }
            current = object[key]
        }
        return current
    }
}
