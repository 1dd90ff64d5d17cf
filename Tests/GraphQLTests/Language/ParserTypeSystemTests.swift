import GraphQL
import Testing

@Suite struct ParserTypeSystemTests {
    private func named(_ name: String) -> NamedTypeNode { NamedTypeNode(name: Name(name)) }
    private func type(_ name: String) -> TypeNode { .named(named(name)) }

    @Test func parsesTheKitchenSinkSchema() throws {
        let document = try Parser.parse(LanguageHarness.fixture("schema-kitchen-sink.graphql"))
        #expect(document.definitions.count == 38)
        guard case .schema(let schema) = document.definitions[0] else {
            Issue.record("expected the schema definition first")
            return
        }
        #expect(schema.description == StringValueNode("This is a description\nof the schema as a whole.", block: true))
        #expect(schema.operationTypes.map(\.operation) == [.query, .mutation])
        let extensions = document.definitions.filter {
            switch $0 {
            case .typeExtension, .schemaExtension: true
            default: false
            }
        }
        #expect(extensions.count == 13)
        let directives = document.definitions.compactMap { if case .directive(let node) = $0 { node } else { nil } }
        #expect(directives.map(\.name.value) == ["skip", "include", "include2", "myRepeatableDir"])
        #expect(directives.map(\.isRepeatable) == [false, false, false, true])
        #expect(directives[2].locations.map(\.value) == ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"])
        #expect(directives[3].locations.map(\.value) == ["OBJECT", "INTERFACE"])
    }

    @Test func parsesObjectTypesWithFieldsArgumentsAndDescriptions() throws {
        let document = try LanguageHarness.parse("""
            "The hello type."
            type Hello implements & Node & Named @key(fields: "id") {
              \"\"\"
              Says hello.
              \"\"\"
              world(
                "Whom to greet."
                name: String = "you" @deprecated
                times: [Int!]! = [1]
              ): String! @cost(weight: 1.5)
              id: ID
            }
            """)
        #expect(document.definitions == [.type(.object(ObjectTypeDefinitionNode(
            description: StringValueNode("The hello type."),
            name: Name("Hello"),
            interfaces: [named("Node"), named("Named")],
            directives: [Directive(name: Name("key"), arguments: [Argument(name: Name("fields"), value: ValueNode(.string("id", block: false)))])],
            fields: [
                FieldDefinitionNode(
                    description: StringValueNode("Says hello.", block: true),
                    name: Name("world"),
                    arguments: [
                        InputValueDefinitionNode(
                            description: StringValueNode("Whom to greet."),
                            name: Name("name"),
                            type: type("String"),
                            defaultValue: ValueNode(.string("you", block: false)),
                            directives: [Directive(name: Name("deprecated"))]
                        ),
                        InputValueDefinitionNode(
                            name: Name("times"),
                            type: .nonNull(.list(.nonNull(type("Int"), location: .synthetic), location: .synthetic), location: .synthetic),
                            defaultValue: ValueNode(.list([ValueNode(.int("1"))]))
                        ),
                    ],
                    type: .nonNull(type("String"), location: .synthetic),
                    directives: [Directive(name: Name("cost"), arguments: [Argument(name: Name("weight"), value: ValueNode(.float("1.5")))])]
                ),
                FieldDefinitionNode(name: Name("id"), type: type("ID")),
            ]
        )))])
    }

    @Test func parsesUnionsEnumsInputsAndScalars() throws {
        let document = try LanguageHarness.parse("""
            union Result = | Client | Reseller
            union Empty
            enum Status { ACTIVE "gone" INACTIVE @deprecated }
            input Filter @oneOf { status: Status = ACTIVE, limit: Int = 10 }
            scalar DateTime @specifiedBy(url: "https://example.com")
            """)
        #expect(document.definitions == [
            .type(.union(UnionTypeDefinitionNode(name: Name("Result"), types: [named("Client"), named("Reseller")]))),
            .type(.union(UnionTypeDefinitionNode(name: Name("Empty")))),
            .type(.enumeration(EnumTypeDefinitionNode(name: Name("Status"), values: [
                EnumValueDefinitionNode(name: Name("ACTIVE")),
                EnumValueDefinitionNode(description: StringValueNode("gone"), name: Name("INACTIVE"), directives: [Directive(name: Name("deprecated"))]),
            ]))),
            .type(.inputObject(InputObjectTypeDefinitionNode(name: Name("Filter"), directives: [Directive(name: Name("oneOf"))], fields: [
                InputValueDefinitionNode(name: Name("status"), type: type("Status"), defaultValue: ValueNode(.enumValue("ACTIVE"))),
                InputValueDefinitionNode(name: Name("limit"), type: type("Int"), defaultValue: ValueNode(.int("10"))),
            ]))),
            .type(.scalar(ScalarTypeDefinitionNode(name: Name("DateTime"), directives: [
                Directive(name: Name("specifiedBy"), arguments: [Argument(name: Name("url"), value: ValueNode(.string("https://example.com", block: false)))]),
            ]))),
        ])
    }

    @Test func parsesSchemaAndDirectiveDefinitions() throws {
        let document = try LanguageHarness.parse("""
            schema { query: Q mutation: M subscription: S }
            directive @auth(role: String!) repeatable on | FIELD_DEFINITION | OBJECT
            directive @lone on QUERY
            """)
        #expect(document.definitions == [
            .schema(SchemaDefinitionNode(operationTypes: [
                OperationTypeDefinitionNode(operation: .query, type: named("Q")),
                OperationTypeDefinitionNode(operation: .mutation, type: named("M")),
                OperationTypeDefinitionNode(operation: .subscription, type: named("S")),
            ])),
            .directive(DirectiveDefinitionNode(
                name: Name("auth"),
                arguments: [InputValueDefinitionNode(name: Name("role"), type: .nonNull(type("String"), location: .synthetic))],
                isRepeatable: true,
                locations: [Name("FIELD_DEFINITION"), Name("OBJECT")]
            )),
            .directive(DirectiveDefinitionNode(name: Name("lone"), locations: [Name("QUERY")])),
        ])
    }

    @Test func parsesEveryExtensionForm() throws {
        let document = try LanguageHarness.parse("""
            extend schema @a { query: Q }
            extend scalar S @a
            extend type T implements I
            extend interface I @a
            extend union U = A
            extend enum E { V }
            extend input In { f: Int }
            """)
        #expect(document.definitions == [
            .schemaExtension(SchemaDefinitionNode(directives: [Directive(name: Name("a"))], operationTypes: [
                OperationTypeDefinitionNode(operation: .query, type: named("Q")),
            ])),
            .typeExtension(.scalar(ScalarTypeDefinitionNode(name: Name("S"), directives: [Directive(name: Name("a"))]))),
            .typeExtension(.object(ObjectTypeDefinitionNode(name: Name("T"), interfaces: [named("I")]))),
            .typeExtension(.interface(InterfaceTypeDefinitionNode(name: Name("I"), directives: [Directive(name: Name("a"))]))),
            .typeExtension(.union(UnionTypeDefinitionNode(name: Name("U"), types: [named("A")]))),
            .typeExtension(.enumeration(EnumTypeDefinitionNode(name: Name("E"), values: [EnumValueDefinitionNode(name: Name("V"))]))),
            .typeExtension(.inputObject(InputObjectTypeDefinitionNode(name: Name("In"), fields: [
                InputValueDefinitionNode(name: Name("f"), type: type("Int")),
            ]))),
        ])
    }

    @Test func mixesExecutableAndTypeSystemDefinitions() throws {
        let document = try LanguageHarness.parse("type Query { a: Int } { a } fragment F on Query { a }")
        #expect(document.definitions.map(\.isExecutable) == [false, true, true])
    }

    @Test func recordsTypeSystemLocations() throws {
        let text = "type T {\n  f(a: Int): [String]\n}"
        let document = try LanguageHarness.parse(text)
        guard case .type(.object(let object)) = document.definitions[0] else { return }
        #expect(object.location.start == 0 && object.location.end == text.utf8.count)
        #expect(object.fields[0].location.start == 11 && object.fields[0].location.end == 30)
        #expect(object.fields[0].type.location.start == 22 && object.fields[0].type.location.end == 30)
        #expect(object.fields[0].arguments[0].location.start == 13 && object.fields[0].arguments[0].location.end == 19)
    }

    @Test(arguments: [
        ("type Hello { world }", "Syntax Error: Expected \":\", found \"}\".", 1, 20),
        ("type Hello { world(foo: Int = $v): String }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 31),
        ("type Hello @d(a: $v) { a: Int }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 18),
        ("type Hello {}", "Syntax Error: Expected Name, found \"}\".", 1, 13),
        ("type Hello implements { a: Int }", "Syntax Error: Expected Name, found \"{\".", 1, 23),
        ("type Hello implements A B { a: Int }", "Syntax Error: Unexpected Name \"B\".", 1, 25),
        ("type Hello implements A && B { a: Int }", "Syntax Error: Expected Name, found \"&\".", 1, 26),
        ("union U = ", "Syntax Error: Expected Name, found <EOF>.", 1, 11),
        ("union U = | | A", "Syntax Error: Expected Name, found \"|\".", 1, 13),
        ("union U = A |", "Syntax Error: Expected Name, found <EOF>.", 1, 14),
        ("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10),
        ("enum E { A false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.", 1, 12),
        ("enum E { \"d\" null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 1, 14),
        ("input I { a }", "Syntax Error: Expected \":\", found \"}\".", 1, 13),
        ("input I { a(b: Int): Int }", "Syntax Error: Expected \":\", found \"(\".", 1, 12),
        ("schema { query }", "Syntax Error: Expected \":\", found \"}\".", 1, 16),
        ("schema { other: Q }", "Syntax Error: Unexpected Name \"other\".", 1, 10),
        ("schema {}", "Syntax Error: Expected Name, found \"}\".", 1, 9),
        ("directive @d on NOWHERE", "Syntax Error: Unexpected Name \"NOWHERE\".", 1, 17),
        ("directive @d on FIELD | ", "Syntax Error: Expected Name, found <EOF>.", 1, 25),
        ("directive @d FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 1, 14),
        ("directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 1, 11),
        ("directive @d repeatable", "Syntax Error: Expected \"on\", found <EOF>.", 1, 24),
        ("extend", "Syntax Error: Unexpected <EOF>.", 1, 7),
        ("extend foo", "Syntax Error: Unexpected Name \"foo\".", 1, 8),
        ("extend \"x\"", "Syntax Error: Unexpected String \"x\".", 1, 8),
        ("extend directive @d on FIELD", "Syntax Error: Unexpected Name \"directive\".", 1, 8),
        ("extend schema", "Syntax Error: Unexpected <EOF>.", 1, 14),
        ("extend scalar S", "Syntax Error: Unexpected <EOF>.", 1, 16),
        ("extend type T", "Syntax Error: Unexpected <EOF>.", 1, 14),
        ("extend type T\ntype U { a: Int }", "Syntax Error: Unexpected Name \"type\".", 2, 1),
        ("extend interface I", "Syntax Error: Unexpected <EOF>.", 1, 19),
        ("extend union U", "Syntax Error: Unexpected <EOF>.", 1, 15),
        ("extend enum E", "Syntax Error: Unexpected <EOF>.", 1, 14),
        ("extend input I", "Syntax Error: Unexpected <EOF>.", 1, 15),
        ("extend type T { f: Int }\n\"desc\" extend type T @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 2, 1),
        ("scalar", "Syntax Error: Expected Name, found <EOF>.", 1, 7),
        ("type T { f: [Int }", "Syntax Error: Expected \"]\", found \"}\".", 1, 18),
    ])
    func reportsSyntaxErrors(_ text: String, _ message: String, _ line: Int, _ column: Int) throws {
        let error = try #require(LanguageHarness.parseError(text))
        #expect(error.message == message)
        #expect(error.locations == [SourceLocation(line: line, column: column)])
        #expect(error.code == .parseFailed)
    }
}
