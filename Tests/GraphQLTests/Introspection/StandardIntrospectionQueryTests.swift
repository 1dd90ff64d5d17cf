import Foundation
import GraphQL
import Testing

/// The standard introspection query that GraphQL tools send, against a small schema with every
/// kind of type, compared with the answer graphql-js gives, derived by hand in
/// `Fixtures/introspection-pets.json`.
@Suite struct StandardIntrospectionQueryTests {
    @Test func answersAsGraphQLJSDoes() throws {
        let data = try IntrospectionHarness(schema: IntrospectionTestSchema.pets).run(StandardIntrospectionQuery.selections)
        let expected = try Self.fixture("introspection-pets.json")
        #expect(try Self.canonicalJSON(value: ["data": data]) == Self.canonicalJSON(expected))
    }

    static func fixture(_ name: String) throws -> Any {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    }

    /// JSON with sorted keys, one line: equal for equal values, list order kept.
    static func canonicalJSON(_ value: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    static func canonicalJSON(value: Value) throws -> String {
        try canonicalJSON(foundationObject(value))
    }

    private static func foundationObject(_ value: Value) -> Any {
        switch value {
        case .null: NSNull()
        case .bool(let flag): flag
        case .int(let number): number
        case .float(let number): number
        case .string(let text): text
        case .list(let items): items.map(foundationObject)
        case .object(let object): Dictionary(uniqueKeysWithValues: object.map { ($0.key, foundationObject($0.value)) })
        }
    }
}
