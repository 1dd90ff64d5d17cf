import Foundation
import Gateway
import GraphQL
import Testing

/// The explorer page is self-contained, its script is valid JavaScript, its introspection query
/// is one our engine accepts, and its prettifier never changes what a query means.
@Suite struct ExplorerPageTests {
    let page = ExplorerPage.html

    @Test func namesNoOtherOrigin() throws {
        #expect(!page.contains("http:"))
        #expect(!page.contains("https:"))
        #expect(!page.contains("@import"))
        #expect(!page.contains("url("))
        let attribute = try Regex(#"\b(src|href|action|srcset|poster)\s*=\s*["']?([^"'\s>]*)"#)
        var references: [String] = []
        for match in page.matches(of: attribute) {
            let value = String(page[match.range]).split(separator: "=", maxSplits: 1)[1]
                .trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
            references.append(value)
            #expect(value.hasPrefix("#") || value.hasPrefix("data:"), "\(value) could reach another origin")
        }
        #expect(references == ["data:,"], "the only reference is the empty favicon")
        // The script fetches one thing: the relative endpoint.
        #expect(page.components(separatedBy: "fetch(").count == 2)
        #expect(page.contains(#"const ENDPOINT = "graphql";"#))
    }

    @Test func forbidsEveryOtherFetchThroughItsPolicy() {
        #expect(page.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self';"#))
    }

    @Test func everyControlHasALabel() throws {
        let control = try Regex(#"<(input|textarea)\b[^>]*\bid="([^"]+)""#)
        var identifiers: [String] = []
        for match in page.matches(of: control) {
            let tag = String(page[match.range])
            let id = String(tag[tag.range(of: #"id=""#)!.upperBound...].prefix { $0 != "\"" })
            identifiers.append(id)
            #expect(page.contains(#"<label for="\#(id)""#), "\(id) has no label")
        }
        #expect(Set(identifiers) == ["token", "type-search", "query", "operation-name", "variables"])
    }

    @Test func showsTheServerVersion() {
        #expect(page.contains("server \(ClientelaVersion.current)"))
    }

    @Test func scriptPassesNodeCheck() async throws {
        guard let node = NodeRunner.locate() else { return }
        let script = try #require(Self.script(of: page))
        let result = try await node.check(script)
        #expect(result.status == 0, "node --check: \(result.error)")
    }

    @Test func introspectionQueryParsesValidatesAndRuns() async throws {
        let query = try #require(Self.fenced(page, ExplorerPage.introspectionQueryMarkers, trimming: "`"))
        #expect(query.contains("query IntrospectionQuery"))
        let source = Source(query)
        let document = try Parser.parse(source)
        let schema = try ClientelaSchema.build()
        let errors = Validator.validate(document, source: source, schema: schema)
        #expect(errors.isEmpty, "\(errors.map(\.message))")
        let response = await Engine(schema: schema).execute(
            GraphQLRequest(query: query, operationName: "IntrospectionQuery"), context: UnrestrictedContext())
        #expect(response.errors.isEmpty, "\(response.errors.map(\.message))")
        #expect(response.data?["__schema"]?["queryType"] == ["name": "Query"])
    }

    @Test(arguments: ["kitchen-sink.graphql", "introspection.graphql", "w4_large_document.graphql"])
    func prettifyingKeepsTheDocument(fixture: String) async throws {
        guard let node = NodeRunner.locate() else { return }
        let original = try String(contentsOf: Self.graphQLFixtures.appending(component: fixture), encoding: .utf8)
        let pretty = try #require(try await Self.prettify([original], node: node).first ?? nil, "the prettifier refused \(fixture)")
        #expect(Printer.print(try Parser.parse(Source(pretty))) == Printer.print(try Parser.parse(Source(original))))
        // Prettifying is stable: a second pass changes nothing.
        #expect(try await Self.prettify([pretty], node: node) == [pretty])
    }

    @Test func prettifyLaysOutOneSelectionPerLine() async throws {
        guard let node = NodeRunner.locate() else { return }
        let input = #"query Q($id: ID!, $n: Int = 3) { client(id: $id) { name, ...F ... on Client @include(if: true) { a: id tags(first: $n, where: {x: [1 2]}) } } } fragment F on Client { id }"#
        let expected = """
            query Q($id: ID!, $n: Int = 3) {
              client(id: $id) {
                name
                ...F
                ... on Client @include(if: true) {
                  a: id
                  tags(first: $n, where: {x: [1, 2]})
                }
              }
            }

            fragment F on Client {
              id
            }

            """
        #expect(try await Self.prettify([input], node: node) == [expected])
    }

    @Test func prettifyRefusesWhatItCannotReadSafely() async throws {
        guard let node = NodeRunner.locate() else { return }
        let refused = try await Self.prettify(["{ a { b }", "{ a(x: \"open) }", "{ a } }", "{ a % }", "{ a(x: \"\"\"never closed) }"], node: node)
        #expect(refused == [nil, nil, nil, nil, nil])
    }

    @Test func findsTheOperationUnderTheCursor() async throws {
        guard let node = NodeRunner.locate() else { return }
        let document = "# first\nquery A { a }\n\n# second { }\nmutation B($x: Int = 1) { b(x: $x) { c } }\nfragment F on T { f }\nsubscription C { c }\n"
        let offsets = [0, 10, 22, 23, 45, 80, 90, document.count]
        let script = try #require(Self.fenced(ExplorerPage.html, ExplorerPage.graphQLTextMarkers)) + """

            const text = \(String(decoding: try JSONSerialization.data(withJSONObject: [document]), as: UTF8.self));
            const offsets = \(offsets);
            process.stdout.write(JSON.stringify({
              operations: listOperations(text[0]).map((operation) => [operation.name, text[0].slice(operation.start, operation.end)]),
              chosen: offsets.map((offset) => operationAt(text[0], offset)),
              single: operationAt("query A { a }", 3),
              anonymous: operationAt("{ a } query B { b }", 3),
            }));
            """
        let result = try await node.run(module: script, input: "")
        #expect(result.status == 0, "\(result.error)")
        let output = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(output["operations"] as? [[String]] == [
            ["A", "query A { a }"], ["B", "mutation B($x: Int = 1) { b(x: $x) { c } }"], ["C", "subscription C { c }"],
        ])
        #expect(output["chosen"] as? [String] == ["A", "A", "A", "A", "B", "B", "B", "C"])
        #expect(output["single"] is NSNull, "one operation needs no name")
        #expect(output["anonymous"] is NSNull, "a document with an anonymous operation is left to the server")
    }

    // MARK: - Helpers

    /// The `Tests/GraphQLTests/Fixtures` folder of this checkout.
    static let graphQLFixtures = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(components: "GraphQLTests", "Fixtures")

    /// The text of the page's one script element.
    static func script(of page: String) -> String? {
        guard let open = page.range(of: #"<script type="module">"#),
              let close = page.range(of: "</script>", range: open.upperBound..<page.endIndex),
              page.components(separatedBy: "<script").count == 2
        else { return nil }
        return String(page[open.upperBound..<close.lowerBound])
    }

    /// The text between two marker comments, without the given quoting characters around it.
    static func fenced(_ page: String, _ markers: (begin: String, end: String), trimming: String = "") -> String? {
        guard let begin = page.range(of: markers.begin),
              let end = page.range(of: markers.end, range: begin.upperBound..<page.endIndex)
        else { return nil }
        return String(page[begin.upperBound..<end.lowerBound])
            .trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: trimming)))
    }

    /// Runs the page's own `prettifyGraphQL` under Node on each document.
    static func prettify(_ documents: [String], node: NodeRunner) async throws -> [String?] {
        let functions = try #require(fenced(ExplorerPage.html, ExplorerPage.graphQLTextMarkers))
        let driver = functions + """

            import { readFileSync } from "node:fs";
            const documents = JSON.parse(readFileSync(0, "utf8"));
            process.stdout.write(JSON.stringify(documents.map((text) => prettifyGraphQL(text))));
            """
        let input = String(decoding: try JSONSerialization.data(withJSONObject: documents), as: UTF8.self)
        let result = try await node.run(module: driver, input: input)
        #expect(result.status == 0, "node: \(result.error)")
        let output = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [Any] ?? []
        return output.map { $0 as? String }
    }
}
