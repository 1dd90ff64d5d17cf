import Foundation
import GraphQL
import Testing

@Suite struct SchemaPrinterTests {
    private typealias T = IntrospectionTestSchema

    /// A schema with only a `Query` type made of `fields`, plus `types`.
    private func printed(_ fields: [FieldDefinition], _ types: [NamedType] = [], directives: [DirectiveDefinition] = []) -> String {
        SchemaPrinter.print(T.make(types: [.object(ObjectType(name: "Query", fields: fields))] + types, directives: directives))
    }

    @Test func printsEveryKindOfDefinition() {
        #expect(SchemaPrinter.print(T.pets) == T.petsSDL)
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

/// Printing schemas built from SDL, and building what was printed.
@Suite struct SchemaPrinterRoundTripTests {
    private typealias T = IntrospectionTestSchema

    /// Builds `sdl`, prints it, builds the print and prints again: both prints must agree, and
    /// both schemas must answer the standard introspection query alike.
    private func roundTrip(_ sdl: String) throws -> (first: String, second: String, sameIntrospection: Bool) {
        let schema = try T.built(sdl)
        let printed = SchemaPrinter.print(schema)
        let rebuilt = try T.built(printed)
        let first = try IntrospectionHarness(schema: schema).run(StandardIntrospectionQuery.selections)
        let second = try IntrospectionHarness(schema: rebuilt).run(StandardIntrospectionQuery.selections)
        return (printed, SchemaPrinter.print(rebuilt), first == second)
    }

    @Test func printsABuiltSchemaAsItsSDL() throws {
        #expect(SchemaPrinter.print(try T.built(T.petsSDL)) == T.petsSDL)
    }

    @Test func readsBackWhatItPrints() throws {
        let result = try roundTrip(T.petsSDL)
        #expect(result.first == result.second)
        #expect(result.sameIntrospection)
    }

    @Test func readsBackTheBenchmarkSchema() throws {
        let url = try #require(Bundle.module.url(forResource: "bench-schema", withExtension: "graphql", subdirectory: "Fixtures"))
        let result = try roundTrip(try String(contentsOf: url, encoding: .utf8))
        #expect(result.first == result.second)
        #expect(result.sameIntrospection)
    }

    @Test func keepsThePermissionDirective() throws {
        let sdl = """
            directive @allow(roles: [Role!]!) on FIELD_DEFINITION

            type Query {
              client(id: ID!): Client
            }

            type Client {
              name: String!
              taxId: String @allow(roles: [ADMIN, OWNER])
            }

            enum Role {
              ADMIN
              OWNER
            }
            """
        let schema = try T.built(sdl)
        #expect(SchemaPrinter.print(schema) == sdl)
        let rebuilt = try T.built(SchemaPrinter.print(schema))
        #expect(rebuilt.type(named: "Client")?.field(named: "taxId")?.permission?.roles == ["ADMIN", "OWNER"])
    }

    @Test func readsBackDescriptionsOfEveryShape() throws {
        let descriptions = [
            "One line.",
            "Two\nlines.",
            "Ends with a \"quote\"",
            "Ends with a backslash \\",
            "Has \"\"\" inside",
            "\nStarts with a blank line",
            "  Starts indented",
            "Line one\n  indented line two",
            "  Every line\n  indented",
            "Trailing blank line\n",
            "Tab\tand unicode é 😀",
            String(repeating: "long ", count: 20),
        ]
        let fields = descriptions.enumerated().map { index, text in
            "  " + Printer.print(ValueNode(.string(text, block: false))) + "\n  f\(index): Int"
        }
        let sdl = "type Query {\n" + fields.joined(separator: "\n") + "\n}"
        let schema = try T.built(sdl)
        let rebuilt = try T.built(SchemaPrinter.print(schema))
        let read = (0..<descriptions.count).map { rebuilt.type(named: "Query")?.field(named: "f\($0)")?.description }
        #expect(read == descriptions)
    }

    @Test func readsBackDefaultsDeprecationsAndInterfaces() throws {
        let sdl = #"""
            schema {
              query: Root
              mutation: Change
            }

            directive @tag(name: String!, weight: Float = 1.5) repeatable on FIELD_DEFINITION | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | ENUM_VALUE | OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR

            type Root implements Named & Node @tag(name: "root") {
              id: ID!
              name: String
              search(text: String = "a \"b\"\n", sort: [Order!] = [ASC, DESC], page: Page = { size: 10, after: null }): [Named] @tag(name: "a") @tag(name: "b")
              legacy: Int @deprecated
            }

            type Change {
              rename(to: String!, reason: String @deprecated(reason: "Ignored.")): Root
            }

            interface Node {
              id: ID!
            }

            interface Named implements Node @tag(name: "named") {
              id: ID!
              name: String
            }

            enum Order @tag(name: "order") {
              ASC
              DESC @deprecated(reason: "Use `ASC` and reverse.") @tag(name: "desc")
            }

            input Page @tag(name: "page") {
              size: Int = 20
              after: String @tag(name: "cursor")
            }

            union Result @tag(name: "result") = Root | Change

            scalar Stamp @specifiedBy(url: "https://example.com/stamp") @tag(name: "stamp")
            """#
        let schema = try T.built(sdl)
        #expect(SchemaPrinter.print(schema) == sdl)
        let result = try roundTrip(sdl)
        #expect(result.first == result.second)
        #expect(result.sameIntrospection)
    }
}
