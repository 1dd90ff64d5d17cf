import Foundation
import GraphQL
import Testing

/// The standard introspection query through the whole engine (parse, validate, guards, the
/// executor running the introspection resolvers), compared with graphql-js's answer.
@Suite struct IntrospectionExecutionTests {
    /// The introspection tests' schema, with the real built-in scalars in place of its stand-ins
    /// (whose literal coercion is a stub), so that arguments coerce as in production; without
    /// their descriptions, which the fixture leaves out.
    static let pets: Schema = {
        let pets = IntrospectionTestSchema.pets
        let types = pets.typeNames.compactMap { name -> NamedType? in
            if var builtIn = ScalarType.builtIns.first(where: { $0.name == name }) {
                builtIn.description = nil
                return .scalar(builtIn)
            }
            return pets.type(named: name)
        }
        return Schema(
            description: pets.description, queryType: pets.queryType, types: types,
            directives: pets.directiveNames.compactMap(pets.directive(named:)), schemaDirectives: pets.schemaDirectives)
    }()

    @Test func theEngineAnswersTheStandardQueryAsGraphQLJSDoes() async throws {
        let query = try LanguageHarness.fixture("introspection.graphql")
        let response = await Engine(schema: Self.pets).execute(GraphQLRequest(query: query.text), context: UnrestrictedContext())
        #expect(response.errors.isEmpty)
        let url = try #require(Bundle.module.url(forResource: "introspection-pets", withExtension: "json", subdirectory: "Fixtures"))
        let expected = try JSONReader.parse(Array(try Data(contentsOf: url)))
        // Ordered comparison: keys in the order the query selects them, lists in graphql-js's order.
        #expect(try JSONReader.parse(response.jsonBytes()) == expected)
    }

    @Test func typeLooksUpOneType() async {
        let json = await ExecutionHarness.json(Self.pets, #"{ __type(name: "Color") { kind name enumValues(includeDeprecated: true) { name isDeprecated } } missing: __type(name: "Nope") { name } }"#)
        #expect(json == #"{"data":{"__type":{"kind":"ENUM","name":"Color","enumValues":[{"name":"RED","isDeprecated":false},{"name":"GREEN","isDeprecated":true}]},"missing":null}}"#)
    }
}
