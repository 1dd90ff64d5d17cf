import GraphQL
import Testing

@Suite struct IntrospectedSchemaTests {
    private typealias T = IntrospectionTestSchema

    @Test func placesBuiltInScalarsAfterTheFirstTypeThatReachesThem() {
        let schema = T.make(types: [
            .object(ObjectType(name: "Query", fields: [T.field("user", .named("User"))])),
            .object(ObjectType(name: "User", fields: [T.field("age", .named("Int")), T.field("name", .named("String"))])),
        ])
        #expect(IntrospectedSchema(schema).orderedTypeNames() == [
            "Query", "User", "Int", "String", "Boolean", "__Schema", "__Type", "__TypeKind", "__Field",
            "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
        ])
    }

    @Test func walksInterfacesAndUnionMembersDepthFirstButKeepsDefinedTypesInPlace() {
        // graphql-js keeps every defined type at its own turn; only types the SDL does not define
        // (the built-in scalars) are pulled forward by the walk.
        let schema = T.make(types: [
            .object(ObjectType(name: "Query", fields: [T.field("u", .named("U")), T.field("f", .named("Float"), arguments: [T.input("id", .named("ID"))])])),
            .union(UnionType(name: "U", members: ["B", "A"])),
            .object(ObjectType(name: "A", interfaces: ["I"], fields: [T.field("x", .named("String"))])),
            .object(ObjectType(name: "B", fields: [T.field("y", .named("Boolean"))])),
            .interface(InterfaceType(name: "I", fields: [T.field("x", .named("String"))])),
        ])
        #expect(IntrospectedSchema(schema).orderedTypeNames().prefix(8) == ["Query", "Float", "ID", "U", "A", "String", "B", "Boolean"])
    }

    @Test func reachesTypesThatOnlyDirectiveArgumentsUse() {
        let schema = T.make(
            types: [.object(ObjectType(name: "Query", fields: [T.field("a", .named("String"))]))],
            directives: [DirectiveDefinition(name: "weight", arguments: [T.input("value", .named("Float"))], locations: [.field])]
        )
        let names = IntrospectedSchema(schema).orderedTypeNames()
        #expect(names.prefix(4) == ["Query", "String", "Float", "Boolean"])
        #expect(!names.contains("Int") && !names.contains("ID"))
    }

    @Test func ordersDirectivesCustomFirstThenAsGraphQLJSSpecifies() {
        let schema = T.make(
            types: [.object(ObjectType(name: "Query", fields: [T.field("a", .named("String"))]))],
            directives: [DirectiveDefinition(name: "b", locations: [.field]), DirectiveDefinition(name: "a", locations: [.field])]
        )
        #expect(IntrospectedSchema(schema).orderedDirectives().map(\.name) == ["b", "a", "include", "skip", "deprecated", "specifiedBy", "oneOf"])
    }

    @Test func findsIntrospectionTypesInSchemasBuiltWithoutThem() {
        let schema = Schema(queryType: "Query", types: [.object(ObjectType(name: "Query", fields: [T.field("a", .named("Int"))]))], directives: [])
        let introspected = IntrospectedSchema(schema)
        #expect(introspected.namedType("__Type")?.kind == .object)
        #expect(introspected.orderedTypeNames().last == "__DirectiveLocation")
    }
}
