import Foundation

/// The steps of the README's "Clients: a guide", read from the README itself, so the guide a
/// reader follows and the requests the tests send cannot drift apart.
///
/// A step is a `<!-- e2e: NAME -->` marker, the `sh` block after it (what a reader types) and,
/// when that block calls `gql`, the next fenced block: the answer as the helper prints it, the
/// JSON (indented for reading) and then its `HTTP nnn` line.
struct ReadmeGuide {
    struct Step {
        let name: String
        /// The `sh` block's lines.
        let script: [String]
        /// The answer block's JSON text, when the step sends a request.
        let answer: String?
        let status: Int?
    }

    struct Malformed: Error, CustomStringConvertible {
        let description: String
    }

    /// The guide's section title: the steps are read from this section only.
    static let section = "## Clients: a guide"

    /// The `gql` helper as the README defines it. ``GuideShell`` builds the request body the way
    /// this line does; if the README's helper changes, the test must change with it.
    static let helperLine = #"-w '\nHTTP %{http_code}\n' --data-binary "{\"query\": \"$(printf %s "$1" | tr '\n' ' ')\", \"variables\": $(cat)}""#

    static let readmeURL = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "README.md")

    let text: String
    let steps: [Step]

    static func load() throws -> ReadmeGuide {
        try ReadmeGuide(readme: String(contentsOf: readmeURL, encoding: .utf8))
    }

    init(readme: String) throws {
        guard let start = readme.range(of: "\n" + Self.section + "\n") else {
            throw Malformed(description: "README.md has no section \(Self.section)")
        }
        let rest = readme[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        text = String(rest[..<end])
        let lines = text.components(separatedBy: "\n")
        var steps: [Step] = []
        var index = 0
        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            index += 1
            guard line.hasPrefix("<!-- e2e:"), line.hasSuffix("-->") else { continue }
            let name = line.dropFirst("<!-- e2e:".count).dropLast("-->".count).trimmingCharacters(in: .whitespaces)
            guard let script = Self.fence(in: lines, from: &index, language: "sh") else {
                throw Malformed(description: "step \(name): no ```sh block after its marker")
            }
            var answer: String?
            var status: Int?
            if script.contains(where: { $0.contains("gql '") }) {
                guard var block = Self.fence(in: lines, from: &index, language: ""), let last = block.popLast(),
                      last.hasPrefix("HTTP "), let code = Int(last.dropFirst(5))
                else {
                    throw Malformed(description: "step \(name): no answer block ending with its `HTTP nnn` line")
                }
                answer = block.joined(separator: "\n")
                status = code
            }
            steps.append(Step(name: name, script: script, answer: answer, status: status))
        }
        self.steps = steps
    }

    /// The lines of the next fenced block from `index` on, which must open with ```` ```language ````
    /// (nothing else but blank lines before it); `index` ends after its closing fence.
    private static func fence(in lines: [String], from index: inout Int, language: String) -> [String]? {
        while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces).isEmpty { index += 1 }
        guard index < lines.count, lines[index] == "```" + language else { return nil }
        index += 1
        var body: [String] = []
        while index < lines.count, lines[index] != "```" {
            body.append(lines[index])
            index += 1
        }
        guard index < lines.count else { return nil }
        index += 1
        return body
    }
}
