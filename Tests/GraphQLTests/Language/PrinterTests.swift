import GraphQL
import Testing

@Suite struct PrinterTests {
    /// Parses `text` and prints it back.
    private func reprint(_ text: String) throws -> String {
        Printer.print(try LanguageHarness.parse(text))
    }

    @Test(arguments: [
        ("kitchen-sink.graphql", "kitchen-sink.printed.graphql"),
        ("schema-kitchen-sink.graphql", "schema-kitchen-sink.printed.graphql"),
    ])
    func printsTheKitchenSinksAsGraphQLJSDoes(_ input: String, _ expected: String) throws {
        let document = try Parser.parse(LanguageHarness.fixture(input))
        let printed = Printer.print(document)
        #expect(printed + "\n" == (try LanguageHarness.fixture(expected)).text)
        let reparsed = try Parser.parse(Source(printed))
        #expect(reparsed == document)
        #expect(Printer.print(reparsed) == printed)
    }

    @Test(arguments: ["w4_large_document.graphql", "introspection.graphql", "bench-schema.graphql"])
    func printsTheBenchDocumentsStably(_ name: String) throws {
        let document = try Parser.parse(LanguageHarness.fixture(name))
        let printed = Printer.print(document)
        let reparsed = try Parser.parse(Source(printed))
        #expect(reparsed == document)
        #expect(Printer.print(reparsed) == printed)
    }

    @Test func printsTheShorthandOnlyForABareQuery() throws {
        #expect(try reprint("{ a }") == "{\n  a\n}")
        #expect(try reprint("query { a }") == "{\n  a\n}")
        #expect(try reprint("query Q { a }") == "query Q {\n  a\n}")
        #expect(try reprint("mutation { a }") == "mutation {\n  a\n}")
        #expect(try reprint("query @d { a }") == "query @d {\n  a\n}")
        #expect(try reprint("\"Described.\" query { a }") == "\"Described.\"\nquery {\n  a\n}")
    }

    @Test func printsVariableDefinitions() throws {
        #expect(try reprint("query ($foo: TestType = {a: 123} @testDirective(if: true) @test) { id }")
            == "query ($foo: TestType = { a: 123 } @testDirective(if: true) @test) {\n  id\n}")
        #expect(try reprint("query Q(\"Described\" $a: Int, $b: [String!]! = [\"x\"]) { id }")
            == "query Q(\n  \"Described\"\n  $a: Int\n  $b: [String!]! = [\"x\"]\n) {\n  id\n}")
    }

    @Test func keepsShortArgumentListsOnOneLineAndWrapsLongOnes() throws {
        #expect(try reprint("{trip(wheelchair:false arriveBy:false){dateTime}}")
            == "{\n  trip(wheelchair: false, arriveBy: false) {\n    dateTime\n  }\n}")
        #expect(try reprint("{trip(wheelchair:false arriveBy:false includePlannedCancellations:true transitDistanceReluctance:2000){dateTime}}")
            == """
            {
              trip(
                wheelchair: false
                arriveBy: false
                includePlannedCancellations: true
                transitDistanceReluctance: 2000
              ) {
                dateTime
              }
            }
            """)
    }

    @Test func printsFragments() throws {
        #expect(try reprint("fragment F on T @d { ...G @e ... on U { a } ... @f { b } }")
            == "fragment F on T @d {\n  ...G @e\n  ... on U {\n    a\n  }\n  ... @f {\n    b\n  }\n}")
        #expect(try reprint("\"Described.\" fragment F on T { a }") == "\"Described.\"\nfragment F on T {\n  a\n}")
    }

    @Test func printsValues() throws {
        func printValue(_ text: String) throws -> String { Printer.print(try Parser.parseValue(Source(text))) }
        #expect(try printValue("{a:1,b:[1.5,-2e3],c:{d:null},e:ENUM,f:$v,g:true,h:false}")
            == "{ a: 1, b: [1.5, -2e3], c: { d: null }, e: ENUM, f: $v, g: true, h: false }")
        #expect(try printValue("{}") == "{}")
        #expect(try printValue("[]") == "[]")
        let long = "[\"aaaaaaaaaaaaaaaaaaaa\", \"bbbbbbbbbbbbbbbbbbbb\", \"cccccccccccccccccccc\", \"dddddddddddddddddddd\"]"
        #expect(try printValue(long) == "[\n  \"aaaaaaaaaaaaaaaaaaaa\"\n  \"bbbbbbbbbbbbbbbbbbbb\"\n  \"cccccccccccccccccccc\"\n  \"dddddddddddddddddddd\"\n]")
        let longObject = "{aaaaaaaaaaaaaaaaaaaa: 1, bbbbbbbbbbbbbbbbbbbb: 2, cccccccccccccccccccc: 3, dddddddddd: 4}"
        #expect(try printValue(longObject) == "{\n  aaaaaaaaaaaaaaaaaaaa: 1\n  bbbbbbbbbbbbbbbbbbbb: 2\n  cccccccccccccccccccc: 3\n  dddddddddd: 4\n}")
    }

    @Test func printsTypes() throws {
        #expect(Printer.print(try Parser.parseType(Source("[ [ Int ! ] ] !"))) == "[[Int!]]!")
        #expect(Printer.print(TypeNode.named(NamedTypeNode(name: Name("ID")))) == "ID")
    }

    @Test func escapesStringsSoThatTheyReadBack() throws {
        let value = "a\u{0}\u{1F}\u{7F}\u{9F}\"\\\n\t\u{8}\u{C}\r é😀\u{FEFF}/"
        let printed = Printer.print(ValueNode(.string(value, block: false)))
        #expect(printed == "\"a\\u0000\\u001F\\u007F\\u009F\\\"\\\\\\n\\t\\b\\f\\r é😀\u{FEFF}/\"")
        #expect(try Parser.parseValue(Source(printed)).kind == .string(value, block: false))
    }

    @Test(arguments: [
        ("", "\"\"\"\"\"\""),
        ("simple", "\"\"\"simple\"\"\""),
        (" leading space", "\"\"\" leading space\"\"\""),
        ("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\""),
        ("indented\n  second", "\"\"\"\nindented\n  second\n\"\"\""),
        ("has \"\"\" quotes", "\"\"\"has \\\"\"\" quotes\"\"\""),
        ("ends in quote\"", "\"\"\"\nends in quote\"\n\"\"\""),
        ("ends in backslash\\", "\"\"\"\nends in backslash\\\n\"\"\""),
        (String(repeating: "x", count: 71), "\"\"\"\n" + String(repeating: "x", count: 71) + "\n\"\"\""),
    ])
    func printsBlockStringsAsGraphQLJSDoes(_ value: String, _ expected: String) throws {
        let printed = Printer.print(ValueNode(.string(value, block: true)))
        #expect(printed == expected)
        #expect(try Parser.parseValue(Source(printed)).kind == .string(value, block: true))
    }

    @Test(arguments: ["\nleading blank line", "trailing blank line\n", "  common\n  indent", "carriage\rreturn", "control \u{1}", "   "])
    func printsAValueABlockStringCannotHoldQuoted(_ value: String) throws {
        let printed = Printer.print(ValueNode(.string(value, block: true)))
        #expect(printed.hasPrefix("\"") && !printed.hasPrefix("\"\"\""))
        #expect(try Parser.parseValue(Source(printed)).kind == .string(value, block: false))
    }

    @Test func indentsBlockStringDescriptionsAndReadsThemBack() throws {
        let text = "type T {\n  \"\"\"\n  Line one\n    indented\n  \n  Line three\n  \"\"\"\n  f: Int\n}"
        #expect(try reprint(text) == text)
    }

    @Test func printsTypeSystemDefinitions() throws {
        #expect(try reprint("type T implements & A & B @d { a(x: Int = 1 @e, y: [S!]!): String! @f }")
            == "type T implements A & B @d {\n  a(x: Int = 1 @e, y: [S!]!): String! @f\n}")
        #expect(try reprint("extend type T @d") == "extend type T @d")
        #expect(try reprint("union U @d = | A | B") == "union U @d = A | B")
        #expect(try reprint("directive @d(a: Int) repeatable on | FIELD | QUERY") == "directive @d(a: Int) repeatable on FIELD | QUERY")
        #expect(try reprint("schema @d { query: Q }") == "schema @d {\n  query: Q\n}")
        #expect(try reprint("extend schema { mutation: M }") == "extend schema {\n  mutation: M\n}")
        #expect(try reprint("\"S\" scalar S") == "\"S\"\nscalar S")
    }
}
