import GraphQL
import Testing

@Suite struct SchemaPrinterTests {
    private typealias T = IntrospectionTestSchema

    /// A schema with only a `Query` type made of `fields`, plus `types`.
    private func printed(_ fields: [FieldDefinition], _ types: [NamedType] = [], directives: [DirectiveDefinition] = []) -> String {
        SchemaPrinter.print(T.make(types: [.object(ObjectType(name: "Query", fields: fields))] + types, directives: directives))
    }

    @Test func printsEveryKindOfDefinition() {
        #expect(SchemaPrinter.print(T.pets) == #"""
            """Pets and the people who keep them."""
            schema {
              query: Query
            }

            directive @cached(
              """Seconds to keep."""
              ttl: Int = 60
            ) repeatable on FIELD_DEFINITION | OBJECT

            type Query {
              node(id: ID!): Node
              people(filter: Filter = { limit: 5 }, choice: Choice): [Person!]!
              color: Color
              home: Url @cached
            }

            """Something with an id."""
            interface Node {
              id: ID!
            }

            type Person implements Node @cached(ttl: 5) {
              id: ID!
              name(upper: Boolean = false, style: String @deprecated(reason: "Ignored.")): String
              nickname: String @deprecated(reason: "Use name.")
              pets: [Pet!]
            }

            type Dog implements Node {
              id: ID!
              barks: Boolean!
            }

            type Cat implements Node {
              id: ID!
            }

            union Pet = Dog | Cat

            enum Color {
              RED

              """Like grass."""
              GREEN @deprecated
            }

            input Filter {
              color: Color = RED
              limit: Int = 10
              old: String @deprecated(reason: "Unused.")
            }

            input Choice @oneOf {
              dog: ID
              person: ID
            }

            scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")
            """#)
    }

    @Test func leavesOutTheSchemaDefinitionWhenRootsHaveDefaultNames() {
        let schema = T.make(mutation: "Mutation", types: [
            .object(ObjectType(name: "Query", fields: [T.field("a", .named("Int"))])),
            .object(ObjectType(name: "Mutation", fields: [T.field("b", .named("Int"))])),
        ])
        #expect(SchemaPrinter.print(schema) == """
            type Query {
              a: Int
            }

            type Mutation {
              b: Int
            }
            """)
    }

    @Test func printsTheSchemaDefinitionForOtherRootNames() {
        let schema = T.make(query: "Root", subscription: "Events", types: [
            .object(ObjectType(name: "Root", fields: [T.field("a", .named("Int"))])),
            .object(ObjectType(name: "Events", fields: [T.field("b", .named("Int"))])),
        ])
        #expect(SchemaPrinter.print(schema).hasPrefix("""
            schema {
              query: Root
              subscription: Events
            }

            type Root {
            """))
    }

    @Test func printsTheSchemaDefinitionWhenADefaultNameIsNotTheRoot() {
        let schema = T.make(types: [
            .object(ObjectType(name: "Query", fields: [T.field("a", .named("Mutation"))])),
            .object(ObjectType(name: "Mutation", fields: [T.field("b", .named("Int"))])),
        ])
        #expect(SchemaPrinter.print(schema).hasPrefix("schema {\n  query: Query\n}\n\ntype Query"))
    }

    @Test func printsDirectivesAppliedToTheSchema() {
        let schema = T.make(types: [.object(ObjectType(name: "Query", fields: [T.field("a", .named("Int"))]))], schemaDirectives: [
            Directive(name: Name("link"), arguments: [Argument(name: Name("url"), value: ValueNode(.string("https://example.com", block: false)))])
        ])
        #expect(SchemaPrinter.print(schema).hasPrefix("schema @link(url: \"https://example.com\") {\n  query: Query\n}"))
    }

    @Test func printsSingleLineDescriptionsAsBlockStrings() {
        #expect(printed([T.field("a", .named("Int"), description: "The a.")]) == #"""
            type Query {
              """The a."""
              a: Int
            }
            """#)
    }

    @Test func printsMultiLineDescriptionsIndentedOnTheirOwnLines() {
        let description = "First line.\n\nThird line, after a blank one."
        #expect(printed([T.field("a", .named("Int")), T.field("b", .named("Int"), description: description)]) == """
            type Query {
              a: Int

              \"\"\"
              First line.
            \("  ")
              Third line, after a blank one.
              \"\"\"
              b: Int
            }
            """)
    }

    @Test func breaksLongDescriptionsOntoTheirOwnLines() {
        let description = String(repeating: "word ", count: 14) + "end."
        #expect(SchemaPrinter.description(description) == "\"\"\"\n\(description)\n\"\"\"\n")
    }

    @Test func printsDescriptionsWithQuotesAndBackslashes() {
        #expect(SchemaPrinter.description(#"Say "hi""#) == "\"\"\"\nSay \"hi\"\n\"\"\"\n")
        #expect(SchemaPrinter.description(#"A "quoted" word"#) == "\"\"\"A \"quoted\" word\"\"\"\n")
        #expect(SchemaPrinter.description(#"Ends with \"#) == "\"\"\"\nEnds with \\\n\"\"\"\n")
        #expect(SchemaPrinter.description(#"Has """ inside"#) == "\"\"\"Has \\\"\"\" inside\"\"\"\n")
    }

    @Test func printsDescriptionsThatABlockStringWouldAlterAsQuotedStrings() {
        #expect(SchemaPrinter.description("\nleading blank line") == "\"\\nleading blank line\"\n")
        #expect(SchemaPrinter.description("trailing blank line\n") == "\"trailing blank line\\n\"\n")
        #expect(SchemaPrinter.description("  both\n  indented") == "\"  both\\n  indented\"\n")
        #expect(SchemaPrinter.description("carriage\r\nreturn") == "\"carriage\\r\\nreturn\"\n")
    }

    @Test func keepsLeadingSpaceOfSingleLineDescriptions() {
        #expect(SchemaPrinter.description("  indented") == "\"\"\"  indented\"\"\"\n")
        #expect(SchemaPrinter.description("") == "\"\"\"\"\"\"\n")
    }

    @Test func printsArgumentsWithDescriptionsOnePerLine() {
        let field = T.field("a", .named("Int"), arguments: [
            T.input("first", .named("Int"), description: "How many."),
            T.input("after", .named("String")),
        ])
        #expect(printed([field]) == #"""
            type Query {
              a(
                """How many."""
                first: Int
                after: String
              ): Int
            }
            """#)
    }

    @Test func printsDeprecationsWithTheReasonOnlyWhenNotTheDefault() {
        let field = T.field("a", .named("Int"), arguments: [T.input("x", .named("Int"), deprecationReason: "No longer supported")], deprecationReason: "No longer supported")
        let reasoned = T.field("b", .named("Int"), deprecationReason: "Use \"a\".")
        #expect(printed([field, reasoned]) == #"""
            type Query {
              a(x: Int @deprecated): Int @deprecated
              b: Int @deprecated(reason: "Use \"a\".")
            }
            """#)
    }

    @Test func printsAppliedDirectivesSuchAsThePermissionDirective() {
        let allow = Directive(name: Name("allow"), arguments: [
            Argument(name: Name("roles"), value: ValueNode(.list([ValueNode(.enumValue("ADMIN")), ValueNode(.enumValue("OWNER"))])))
        ])
        let field = T.field("salary", .named("Int"), directives: [allow])
        let allowDefinition = DirectiveDefinition(name: "allow", arguments: [T.input("roles", .nonNull(.list(.nonNull(.named("Role")))))], locations: [.fieldDefinition])
        let role = NamedType.enumeration(EnumType(name: "Role", values: [EnumValueDefinition(name: "ADMIN"), EnumValueDefinition(name: "OWNER")]))
        #expect(printed([field], [role], directives: [allowDefinition]) == """
            directive @allow(roles: [Role!]!) on FIELD_DEFINITION

            type Query {
              salary: Int @allow(roles: [ADMIN, OWNER])
            }

            enum Role {
              ADMIN
              OWNER
            }
            """)
    }

    @Test func printsDirectivesAppliedToEveryKindOfElement() {
        let tag = { (value: String) in Directive(name: Name("tag"), arguments: [Argument(name: Name("name"), value: ValueNode(.string(value, block: false)))]) }
        let schema = T.make(types: [
            .object(ObjectType(name: "Query", fields: [
                T.field("a", .named("E"), arguments: [T.input("x", .named("In"), directives: [tag("arg")])], directives: [tag("field")])
            ])),
            .enumeration(EnumType(name: "E", values: [EnumValueDefinition(name: "V", deprecationReason: "Gone.", directives: [tag("value")])], directives: [tag("enum")])),
            .inputObject(InputObjectType(name: "In", fields: [T.input("f", .named("Int"), directives: [tag("input field")])], isOneOf: true, directives: [tag("input")])),
            .scalar(ScalarType(name: "S", specifiedByURL: "https://example.com/s", coercion: T.passthrough, directives: [tag("scalar")])),
            .union(UnionType(name: "U", members: ["Query"], directives: [tag("union")])),
            .interface(InterfaceType(name: "I", fields: [T.field("i", .named("Int"))], directives: [tag("interface")])),
        ])
        #expect(SchemaPrinter.print(schema) == """
            type Query {
              a(x: In @tag(name: "arg")): E @tag(name: "field")
            }

            enum E @tag(name: "enum") {
              V @deprecated(reason: "Gone.") @tag(name: "value")
            }

            input In @oneOf @tag(name: "input") {
              f: Int @tag(name: "input field")
            }

            scalar S @specifiedBy(url: "https://example.com/s") @tag(name: "scalar")

            union U @tag(name: "union") = Query

            interface I @tag(name: "interface") {
              i: Int
            }
            """)
    }

    @Test func doesNotRepeatBuiltInDirectivesKeptAmongTheAppliedOnes() {
        let deprecated = Directive(name: Name("deprecated"))
        let field = T.field("a", .named("Int"), deprecationReason: "No longer supported", directives: [deprecated])
        #expect(printed([field]) == "type Query {\n  a: Int @deprecated\n}")
    }

    @Test func printsInterfacesImplementingInterfaces() {
        let schema = T.make(types: [
            .object(ObjectType(name: "Query", interfaces: ["B"], fields: [T.field("a", .named("Int"))])),
            .interface(InterfaceType(name: "A", fields: [T.field("a", .named("Int"))])),
            .interface(InterfaceType(name: "B", interfaces: ["A"], fields: [T.field("a", .named("Int"))])),
        ])
        #expect(SchemaPrinter.print(schema).contains("type Query implements B {"))
        #expect(SchemaPrinter.print(schema).contains("interface B implements A {"))
    }

    @Test func printsMultipleInterfacesJoinedWithAmpersands() {
        let schema = T.make(types: [
            .object(ObjectType(name: "Query", interfaces: ["A", "B"], fields: [T.field("a", .named("Int"))])),
            .interface(InterfaceType(name: "A", fields: [T.field("a", .named("Int"))])),
            .interface(InterfaceType(name: "B", fields: [T.field("a", .named("Int"))])),
        ])
        #expect(SchemaPrinter.print(schema).hasPrefix("type Query implements A & B {"))
    }

    @Test func printsDefaultValuesOfEveryShape() {
        let field = T.field("a", .named("Int"), arguments: [
            T.input("s", .named("String"), defaultValue: ValueNode(.string("line\nbreak \"q\"", block: false))),
            T.input("l", .list(.named("Int")), defaultValue: ValueNode(.list([ValueNode(.int("1")), ValueNode(.int("2"))]))),
            T.input("f", .named("Float"), defaultValue: ValueNode(.float("1.5e3"))),
            T.input("n", .named("Int"), defaultValue: ValueNode(.null)),
        ])
        #expect(printed([field]) == #"type Query {"# + "\n" + #"  a(s: String = "line\nbreak \"q\"", l: [Int] = [1, 2], f: Float = 1.5e3, n: Int = null): Int"# + "\n}")
    }

    @Test func leavesOutBuiltInScalarsDirectivesAndIntrospectionTypes() {
        let text = printed([T.field("a", .named("String"))])
        #expect(text == "type Query {\n  a: String\n}")
    }

    @Test func printsEmptyTypesWithoutABlock() {
        let schema = T.make(types: [
            .object(ObjectType(name: "Query", fields: [T.field("a", .named("Int"))])),
            .union(UnionType(name: "Nothing", members: [])),
            .enumeration(EnumType(name: "Empty", values: [])),
        ])
        #expect(SchemaPrinter.print(schema).hasSuffix("union Nothing\n\nenum Empty"))
    }
}
