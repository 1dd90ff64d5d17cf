import ClientelaCommand
import Foundation

/// Plays the README guide's `sh` lines the way bash and the `gql` helper would, against a server
/// the test started: the same request body byte for byte, the same token, the same variables.
///
/// It knows only the three kinds of line the guide uses, and refuses anything else, so a line
/// added to the guide that the test would skip fails instead:
/// - `NAME=VALUE`: a README id (or refid, cursor) some earlier answer showed, which stands for
///   this run's value (``GuideAnswerMatcher``), or `$OTHER`;
/// - `NAME=$(swift run clientela token create … --database PATH …)`: the command, in-process, on
///   the test's database;
/// - `[TOKEN=$NAME ]gql 'DOCUMENT' <<JSON`, the document's lines, the variables, `JSON`.
struct GuideShell {
    struct Refusal: Error, CustomStringConvertible {
        let description: String
    }

    /// What `gql` sent and got.
    struct Exchange {
        let body: String
        let status: Int
        let answer: String
    }

    let port: Int
    let databasePath: String
    var variables: [String: String]

    /// Runs a step's lines; returns the `gql` exchange, if the step has one.
    mutating func run(_ script: [String], matcher: GuideAnswerMatcher) async throws -> Exchange? {
        var exchange: Exchange?
        var index = 0
        while index < script.count {
            let line = script[index]
            index += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if let call = trimmed.firstMatch(of: /^(?:TOKEN=\$([A-Z_]+) )?gql '(.*)$/) {
                var document = [String(call.2)]
                while !(document.last ?? "").hasSuffix("' <<JSON") {
                    guard index < script.count else { throw Refusal(description: "a gql document that never ends with ' <<JSON") }
                    document.append(script[index])
                    index += 1
                }
                document[document.count - 1].removeLast("' <<JSON".count)
                var heredoc: [String] = []
                while index < script.count, script[index] != "JSON" {
                    heredoc.append(script[index])
                    index += 1
                }
                guard index < script.count else { throw Refusal(description: "a <<JSON variables block without its closing JSON line") }
                index += 1
                let token = try value(of: call.1.map(String.init) ?? "TOKEN")
                exchange = try await gql(document: document.joined(separator: "\n"), variables: try expand(heredoc.joined(separator: "\n")), token: token)
            } else if let assignment = trimmed.firstMatch(of: /^([A-Z_]+)=(\$\([^)]*\)|\S+)(?:\s+#.*)?$/) {
                variables[String(assignment.1)] = try await evaluate(String(assignment.2), matcher: matcher)
            } else {
                throw Refusal(description: "a line the guide's test does not know how to play: \(line)")
            }
        }
        return exchange
    }

    /// What `gql` does: the document's line breaks become spaces (`tr '\n' ' '`), the variables
    /// are the heredoc (`$(cat)` drops its trailing line breaks), and curl posts the body.
    private func gql(document: String, variables: String, token: String) async throws -> Exchange {
        var variables = variables
        while variables.hasSuffix("\n") { variables.removeLast() }
        let body = #"{"query": ""# + document.replacingOccurrences(of: "\n", with: " ") + #"", "variables": "# + variables + "}"
        guard let response = try await HTTPTestConnection.exchange(port: port, HTTPTestConnection.graphQLRequest(body, token: token)) else {
            throw Refusal(description: "no HTTP response for \(body)")
        }
        return Exchange(body: body, status: response.status, answer: response.body)
    }

    private func evaluate(_ text: String, matcher: GuideAnswerMatcher) async throws -> String {
        if text.hasPrefix("$(swift run clientela "), text.hasSuffix(")") {
            var arguments = text.dropFirst("$(swift run clientela ".count).dropLast().split(separator: " ").map(String.init)
            guard arguments.starts(with: ["token", "create"]), let flag = arguments.firstIndex(of: "--database"), flag + 1 < arguments.count else {
                throw Refusal(description: "a command the guide's test does not run: \(text)")
            }
            arguments[flag + 1] = databasePath
            let (status, output, error) = await runCommand(arguments)
            guard status == .success else { throw Refusal(description: "\(text) failed: \(error)") }
            return output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if text.hasPrefix("$") { return try value(of: String(text.dropFirst())) }
        guard let actual = matcher.actual(for: text) else {
            throw Refusal(description: "\(text) was shown by no earlier answer of the guide")
        }
        return actual
    }

    private func value(of name: String) throws -> String {
        guard let value = variables[name] else { throw Refusal(description: "$\(name) is not set at this point of the guide") }
        return value
    }

    /// Expands `$NAME` as an unquoted heredoc does.
    private func expand(_ text: String) throws -> String {
        var result = ""
        var rest = Substring(text)
        while let match = rest.firstMatch(of: /\$([A-Z_]+)/) {
            result += rest[..<match.range.lowerBound]
            result += try value(of: String(match.1))
            rest = rest[match.range.upperBound...]
        }
        return result + rest
    }
}
