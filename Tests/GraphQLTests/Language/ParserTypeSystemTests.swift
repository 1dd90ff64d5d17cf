import GraphQL
import Testing

@Suite struct ParserTypeSystemTests {
    @Test func parsesTheKitchenSinkSchema() throws {
        let document = try Parser.parse(LanguageHarness.fixture("schema-kitchen-sink.graphql"))
        #expect(document.definitions.count == 38)
    }
}
