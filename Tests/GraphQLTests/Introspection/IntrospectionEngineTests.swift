import Foundation
import GraphQL
import Testing

/// Introspection through the whole engine (parse, validate, execute) on schemas built from SDL.
@Suite struct IntrospectionEngineTests {
    private typealias T = IntrospectionTestSchema

    private func run(_ query: String, on schema: Schema) async throws -> Value {
        let response = await Engine(schema: schema).execute(GraphQLRequest(query: query), context: UnrestrictedContext())
        #expect(response.errors.isEmpty, "\(response.errors)")
        return try #require(response.data)
    }

    private func standardQuery() throws -> String {
        let url = try #require(Bundle.module.url(forResource: "introspection", withExtension: "graphql", subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The built-in scalars' descriptions are the engine's own wording, not graphql-js's; the
    /// comparison leaves them aside, and ``describesEveryBuiltInScalar()`` checks they are there.
    private static let builtInScalarNames: Set<String> = ["String", "Int", "Float", "Boolean", "ID"]

    private static func withoutBuiltInScalarDescriptions(_ json: Any) -> Any {
        guard var root = json as? [String: Any], var data = root["data"] as? [String: Any],
            var schema = data["__schema"] as? [String: Any], let types = schema["types"] as? [[String: Any]]
        else { return json }
        schema["types"] = types.map { type -> [String: Any] in
            guard let name = type["name"] as? String, builtInScalarNames.contains(name) else { return type }
            var copy = type
            copy["description"] = NSNull()
            return copy
        }
        data["__schema"] = schema
        root["data"] = data
        return root
    }

    @Test func answersTheStandardQueryAsGraphQLJSDoes() async throws {
        let data = try await run(standardQuery(), on: T.built(T.petsSDL))
        let actual = try JSONSerialization.jsonObject(with: Data(StandardIntrospectionQueryTests.canonicalJSON(value: ["data": data]).utf8))
        let expected = try StandardIntrospectionQueryTests.fixture("introspection-pets-sdl.json")
        #expect(try StandardIntrospectionQueryTests.canonicalJSON(Self.withoutBuiltInScalarDescriptions(actual))
            == StandardIntrospectionQueryTests.canonicalJSON(Self.withoutBuiltInScalarDescriptions(expected)))
    }

    /// The built-in scalars carry descriptions of our own wording (the specification leaves the
    /// text to the implementation), so the comparison with graphql-js above leaves them aside;
    /// this test makes sure each one still has a description to show.
    @Test func describesEveryBuiltInScalar() async throws {
        let data = try await run(#"{ __type(name: "Boolean") { description } }"#, on: T.built(T.petsSDL))
        #expect(data["__type"]?["description"]?.stringValue?.contains("`true` or `false`") == true)
        for scalar in [ScalarType.int, .float, .string, .boolean, .id] {
            #expect(scalar.description?.isEmpty == false, "\(scalar.name) has no description")
        }
    }

    @Test func answersTypeAndTypenameMetaFields() async throws {
        let data = try await run("""
            {
              __typename
              person: __type(name: "Person") { name kind interfaces { name } fields { name } }
              missing: __type(name: "Float") { name }
              node(id: "1") { __typename }
            }
            """, on: T.built(T.petsSDL))
        #expect(data == [
            "__typename": "Query",
            "person": ["name": "Person", "kind": "OBJECT", "interfaces": [["name": "Node"]], "fields": [["name": "id"], ["name": "name"], ["name": "pets"]]],
            "missing": nil,
            "node": nil,
        ])
    }

    @Test func answersSchemaDescriptionSpecifiedByAndOneOf() async throws {
        let data = try await run("""
            {
              __schema { description }
              url: __type(name: "Url") { specifiedByURL }
              choice: __type(name: "Choice") { isOneOf }
              filter: __type(name: "Filter") { inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              directive: __schema { directives { name isRepeatable } }
            }
            """, on: T.built(T.petsSDL))
        #expect(data["__schema"] == ["description": "Pets and the people who keep them."])
        #expect(data["url"] == ["specifiedByURL": "https://url.spec.whatwg.org/"])
        #expect(data["choice"] == ["isOneOf": true])
        #expect(data["filter"]?["inputFields"]?.listValue?.last == ["name": "old", "isDeprecated": true, "deprecationReason": "Unused."])
        #expect(data["directive"]?["directives"]?.listValue?.first == ["name": "cached", "isRepeatable": true])
    }

    @Test func answersTheSameForABuiltSchemaAsForTheModel() async throws {
        let fromModel = try IntrospectionHarness(schema: T.pets).run(StandardIntrospectionQuery.selections)
        let fromSDL = try await run(standardQuery(), on: T.built(T.petsSDL))
        // The two differ only in what the builder adds: descriptions of built-in scalars and
        // directives, which the model's stand-ins lack.
        let names = { (value: Value) in value["__schema"]?["types"]?.listValue?.compactMap { $0["name"]?.stringValue } }
        #expect(names(fromModel) == names(fromSDL))
        let userTypes = { (value: Value) in value["__schema"]?["types"]?.listValue?.filter { !Self.builtInScalarNames.contains($0["name"]?.stringValue ?? "") } }
        #expect(userTypes(fromModel) == userTypes(fromSDL))
    }
}
