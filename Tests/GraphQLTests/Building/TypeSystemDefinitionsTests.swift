import GraphQL
import Testing

@Suite struct TypeSystemDefinitionsTests {
    private static func merge(_ sdl: String...) throws -> TypeSystemDefinitions {
        let documents = try sdl.enumerated().map { index, text in
            let source = Source(text, name: "m\(index).graphql")
            return SDLDocument(module: "m\(index)", source: source, document: try Parser.parse(source))
        }
        return TypeSystemDefinitions(documents)
    }

    @Test func mergesExtensionsFromEveryModuleInModuleOrder() throws {
        let definitions = try Self.merge(
            "extend type Query { c: Int }",
            "type Query { a: Int } type Client { id: ID }",
            "extend type Query { b: Int }")
        #expect(definitions.typeNames == ["Query", "Client"])
        let query = try #require(definitions.types["Query"])
        #expect(query.fields.map(\.node.name.value) == ["a", "c", "b"])
        #expect(query.fields.map(\.module) == ["m1", "m0", "m2"])
        #expect(query.locations.map(\.description) == ["m1.graphql:1:1", "m0.graphql:1:1", "m2.graphql:1:1"])
    }

    @Test func leavesOutDuplicatesExtensionsOfOtherKindsAndBuiltIns() throws {
        let definitions = try Self.merge("type A { a: Int } input A { b: Int } extend input A { c: Int } scalar String directive @skip on FIELD")
        #expect(definitions.typeNames == ["A"])
        #expect(definitions.types["A"]?.kind == .object)
        #expect(definitions.types["A"]?.extensions.isEmpty == true)
        #expect(definitions.directiveNames.isEmpty)
    }

    @Test func findsRootTypesByNameOrBySchemaDefinition() throws {
        #expect(try Self.merge("type Query { a: Int } type Mutation { a: Int }").rootTypeNames == [.query: "Query", .mutation: "Mutation"])
        #expect(try Self.merge("schema { query: Root } type Root { a: Int } type Mutation { a: Int }").rootTypeNames == [.query: "Root"])
        #expect(try Self.merge("type Query { a: Int }", "extend schema { mutation: Writes } type Writes { a: Int }").rootTypeNames
            == [.query: "Query", .mutation: "Writes"])
    }
}
