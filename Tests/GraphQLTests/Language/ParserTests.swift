import GraphQL
import Testing

@Suite struct ParserTests {
    @Test func parsesTheKitchenSinkQuery() throws {
        let document = try Parser.parse(LanguageHarness.fixture("kitchen-sink.graphql"))
        #expect(document.definitions.count == 6)
        let operations = document.operations
        #expect(operations.map(\.operation) == [.query, .mutation, .subscription, .query, .query])
        #expect(operations.map { $0.name?.value } == ["findClient", "likeStory", "StoryLikeSubscription", nil, nil])
        let find = operations[0]
        #expect(find.description == StringValueNode("Finds a client and the people around it.", block: true))
        #expect(find.variableDefinitions.map(\.variable.value) == ["id", "sizes", "filter"])
        #expect(find.variableDefinitions[0].description == StringValueNode("The client to find."))
        #expect(find.variableDefinitions[0].type == .nonNull(.named(NamedTypeNode(name: Name("ID"))), location: .synthetic))
        #expect(find.variableDefinitions[0].defaultValue?.kind == .string("1", block: false))
        #expect(find.variableDefinitions[0].directives.map(\.name.value) == ["track"])
        #expect(find.directives.map(\.name.value) == ["live"])
        let fragment = try #require(document.fragments.first)
        #expect(fragment.name.value == "clientFields")
        #expect(fragment.description == StringValueNode("Fields every client card shows."))
        #expect(fragment.typeCondition.name.value == "Client")
    }

    @Test func parsesTheBenchWorkloadsAndSchema() throws {
        let large = try Parser.parse(LanguageHarness.fixture("w4_large_document.graphql"))
        #expect(!large.operations.isEmpty)
        #expect(!large.fragments.isEmpty)
        let introspection = try Parser.parse(LanguageHarness.fixture("introspection.graphql"))
        #expect(introspection.operations.first?.name?.value == "IntrospectionQuery")
        let schema = try Parser.parse(LanguageHarness.fixture("bench-schema.graphql"), limits: .unlimited)
        #expect(schema.definitions.allSatisfy { !$0.isExecutable })
    }
}
