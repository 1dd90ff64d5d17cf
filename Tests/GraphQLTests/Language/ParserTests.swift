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
        #expect(Printer.print(find.variableDefinitions[1].type) == "[Int!]!")
        #expect(find.directives.map(\.name.value) == ["live"])
        let fragment = try #require(document.fragments.first)
        #expect(fragment.name.value == "clientFields")
        #expect(fragment.description == StringValueNode("Fields every client card shows."))
        #expect(fragment.typeCondition.name.value == "Client")
        #expect(fragment.directives.map(\.name.value) == ["onFragmentDefinition"])
        guard case .field(let note) = fragment.selectionSet.selections[2] else {
            Issue.record("expected the note field")
            return
        }
        #expect(note.arguments.map(\.value.kind) == [
            .string("tab\there \"quoted\" \\ / é 😀 😀 é", block: false),
            .string("Block text\n  indented\nwith \"\"\" quotes", block: true),
        ])
    }

    @Test func parsesTheBenchWorkloadsAndSchema() throws {
        let large = try Parser.parse(LanguageHarness.fixture("w4_large_document.graphql"))
        #expect(large.operations.count == 1)
        #expect(!large.fragments.isEmpty)
        let introspection = try Parser.parse(LanguageHarness.fixture("introspection.graphql"))
        #expect(introspection.operations.first?.name?.value == "IntrospectionQuery")
        let schema = try Parser.parse(LanguageHarness.fixture("bench-schema.graphql"), limits: .unlimited)
        #expect(schema.definitions.allSatisfy { !$0.isExecutable })
    }

    @Test func parsesTheQueryShorthand() throws {
        let document = try LanguageHarness.parse("{ a }")
        #expect(document == Document(definitions: [.operation(OperationDefinition(
            operation: .query,
            selectionSet: SelectionSet(selections: [.field(Field(name: Name("a")))])
        ))]))
    }

    @Test func parsesFieldsWithAliasesArgumentsDirectivesAndSelections() throws {
        let document = try LanguageHarness.parse(#"query Q { alias: field(a: 1, b: $v) @skip(if: false) @x { sub } }"#)
        let expected = Field(
            alias: Name("alias"),
            name: Name("field"),
            arguments: [
                Argument(name: Name("a"), value: ValueNode(.int("1"))),
                Argument(name: Name("b"), value: ValueNode(.variable("v"))),
            ],
            directives: [
                Directive(name: Name("skip"), arguments: [Argument(name: Name("if"), value: ValueNode(.boolean(false)))]),
                Directive(name: Name("x")),
            ],
            selectionSet: SelectionSet(selections: [.field(Field(name: Name("sub")))])
        )
        #expect(document.operations[0].selectionSet.selections == [.field(expected)])
        #expect(document.operations[0].name == Name("Q"))
    }

    @Test func parsesFragmentSpreadsAndInlineFragments() throws {
        let document = try LanguageHarness.parse("{ ...F @d ... on T { a } ... @include(if: $c) { b } ... { c } }")
        let selections = document.operations[0].selectionSet.selections
        #expect(selections.count == 4)
        #expect(selections[0] == .fragmentSpread(FragmentSpread(name: Name("F"), directives: [Directive(name: Name("d"))])))
        guard case .inlineFragment(let typed) = selections[1], case .inlineFragment(let directed) = selections[2],
              case .inlineFragment(let bare) = selections[3] else {
            Issue.record("unexpected selections \(selections)")
            return
        }
        #expect(typed.typeCondition?.name.value == "T")
        #expect(directed.typeCondition == nil)
        #expect(directed.directives.map(\.name.value) == ["include"])
        #expect(bare.typeCondition == nil && bare.directives.isEmpty)
    }

    @Test func parsesVariableDefinitionsWithDefaultsDirectivesAndDescriptions() throws {
        let document = try LanguageHarness.parse(#"query ("the id" $id: [ID!]! = ["1"] @a, $n: Int = null @b(x: 1) @c) { f }"#)
        let variables = document.operations[0].variableDefinitions
        #expect(variables == [
            VariableDefinition(
                description: StringValueNode("the id"),
                variable: Name("id"),
                type: .nonNull(.list(.nonNull(.named(NamedTypeNode(name: Name("ID"))), location: .synthetic), location: .synthetic), location: .synthetic),
                defaultValue: ValueNode(.list([ValueNode(.string("1", block: false))])),
                directives: [Directive(name: Name("a"))]
            ),
            VariableDefinition(
                variable: Name("n"),
                type: .named(NamedTypeNode(name: Name("Int"))),
                defaultValue: ValueNode(.null),
                directives: [
                    Directive(name: Name("b"), arguments: [Argument(name: Name("x"), value: ValueNode(.int("1")))]),
                    Directive(name: Name("c")),
                ]
            ),
        ])
    }

    @Test func keywordsAreOrdinaryNamesWhereANameIsExpected() throws {
        let document = try LanguageHarness.parse("query query { query: mutation(fragment: on) subscription on fragment { type } } fragment fragment on on { on }")
        #expect(document.operations[0].name?.value == "query")
        #expect(document.fragments[0].name.value == "fragment")
        #expect(document.fragments[0].typeCondition.name.value == "on")
    }

    @Test func recordsLocations() throws {
        let text = "query Q($id: ID) {\n  alias: field(a: $id) { sub }\n}"
        let document = try LanguageHarness.parse(text)
        let operation = document.operations[0]
        #expect(operation.location.start == 0 && operation.location.end == text.utf8.count)
        #expect(document.location.start == 0 && document.location.end == text.utf8.count)
        #expect(operation.name?.location.start == 6 && operation.name?.location.end == 7)
        let variable = operation.variableDefinitions[0]
        #expect(variable.location.start == 8 && variable.location.end == 15)
        #expect(variable.variable.location.start == 8 && variable.variable.location.end == 11)  // spans the `$`
        guard case .field(let field) = operation.selectionSet.selections[0] else { return }
        #expect(field.location.start == 21 && field.location.end == 49)
        #expect(field.alias?.location.start == 21 && field.alias?.location.end == 26)
        #expect(field.name.location.start == 28 && field.name.location.end == 33)
        #expect(field.arguments[0].value.location.start == 37 && field.arguments[0].value.location.end == 40)
        #expect(field.selectionSet?.location.start == 42 && field.selectionSet?.location.end == 49)
        #expect(Source(text).location(of: field.location) == SourceLocation(line: 2, column: 3))
    }

    @Test(arguments: [
        ("", "Syntax Error: Unexpected <EOF>.", 1, 1),
        ("   # only a comment\n", "Syntax Error: Unexpected <EOF>.", 2, 1),
        ("{", "Syntax Error: Expected Name, found <EOF>.", 1, 2),
        ("{ }", "Syntax Error: Expected Name, found \"}\".", 1, 3),
        ("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4),
        ("{ ...MissingOn }\nfragment MissingOn Type { a }", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20),
        ("notanoperation Foo { field }", "Syntax Error: Unexpected Name \"notanoperation\".", 1, 1),
        ("...", "Syntax Error: Unexpected \"...\".", 1, 1),
        ("{ f(a 1) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 7),
        ("{ f(a: ) }", "Syntax Error: Unexpected \")\".", 1, 8),
        ("{ f() }", "Syntax Error: Expected Name, found \")\".", 1, 5),
        ("{ f(a: 1 }", "Syntax Error: Expected Name, found \"}\".", 1, 10),
        ("{ f(a: [1 }", "Syntax Error: Unexpected \"}\".", 1, 11),
        ("{ f(a: {b 1}) }", "Syntax Error: Expected \":\", found Int \"1\".", 1, 11),
        ("{ f(a: $) }", "Syntax Error: Expected Name, found \")\".", 1, 9),
        ("{ ...on }", "Syntax Error: Expected Name, found \"}\".", 1, 9),
        ("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10),
        ("query Q($a: Int = $b) { f }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 19),
        ("query Q($a: Int @d(x: $y)) { f }", "Syntax Error: Unexpected variable \"$y\" in constant value.", 1, 23),
        ("query Q($a: Int = $) { f }", "Syntax Error: Unexpected \"$\".", 1, 19),
        ("query Q($a) { f }", "Syntax Error: Expected \":\", found \")\".", 1, 11),
        ("query Q($a: ) { f }", "Syntax Error: Expected Name, found \")\".", 1, 13),
        ("query Q($a: [Int) { f }", "Syntax Error: Expected \"]\", found \")\".", 1, 17),
        ("query Q($a: Int!!) { f }", "Syntax Error: Expected \"$\", found \"!\".", 1, 17),
        ("query Q() { f }", "Syntax Error: Expected \"$\", found \")\".", 1, 9),
        ("query Q", "Syntax Error: Expected \"{\", found <EOF>.", 1, 8),
        ("query Q @ { f }", "Syntax Error: Expected Name, found \"{\".", 1, 11),
        ("{ f } }", "Syntax Error: Unexpected \"}\".", 1, 7),
        ("\"desc\" { field }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1),
        ("\"desc\" extend type T { f: Int }", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1),
        ("\"desc\" notakeyword", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1, 1),
        ("\"desc\" \"again\"", "Syntax Error: Unexpected String \"again\".", 1, 8),
        ("\"desc\"", "Syntax Error: Unexpected <EOF>.", 1, 7),
        ("{ a: 1 }", "Syntax Error: Expected Name, found Int \"1\".", 1, 6),
        ("{ f(a: 1.5) @ }", "Syntax Error: Expected Name, found \"}\".", 1, 15),
        ("query\n\n  Q(\n$a: Int =\n) { f }", "Syntax Error: Unexpected \")\".", 5, 1),
    ])
    func reportsSyntaxErrors(_ text: String, _ message: String, _ line: Int, _ column: Int) throws {
        let error = try #require(LanguageHarness.parseError(text))
        #expect(error.message == message)
        #expect(error.locations == [SourceLocation(line: line, column: column)])
        #expect(error.code == .parseFailed)
    }

    @Test func describesAnErrorWithItsPosition() throws {
        let error = try #require(LanguageHarness.parseError("{\n  a\n  b(\n}"))
        #expect(String(describing: error) == "Syntax Error: Expected Name, found \"}\". at 4:1 [GRAPHQL_PARSE_FAILED]")
    }

    @Test func parsesLoneValuesAndTypes() throws {
        #expect(try Parser.parseValue(Source("[1, $a]")).kind == .list([ValueNode(.int("1")), ValueNode(.variable("a"))]))
        #expect(try Parser.parseConstValue(Source("{a: [ENUM]}")).kind == .object([
            ObjectFieldNode(name: Name("a"), value: ValueNode(.list([ValueNode(.enumValue("ENUM"))]))),
        ]))
        let constError = #expect(throws: GraphQLError.self) { try Parser.parseConstValue(Source("[$a]")) }
        #expect(constError?.message == "Syntax Error: Unexpected variable \"$a\" in constant value.")
        #expect(try Parser.parseType(Source("[String!]!")) == .nonNull(
            .list(.nonNull(.named(NamedTypeNode(name: Name("String"))), location: .synthetic), location: .synthetic),
            location: .synthetic
        ))
        let trailing = #expect(throws: GraphQLError.self) { try Parser.parseType(Source("String Int")) }
        #expect(trailing?.message == "Syntax Error: Expected <EOF>, found Name \"Int\".")
        let extra = #expect(throws: GraphQLError.self) { try Parser.parseValue(Source("1 2")) }
        #expect(extra?.locations == [SourceLocation(line: 1, column: 3)])
    }
}
