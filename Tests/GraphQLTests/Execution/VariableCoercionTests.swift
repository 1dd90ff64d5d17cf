import GraphQL
import Testing

@Suite struct VariableCoercionTests {
    typealias H = ExecutionHarness

    /// `args` returns its coerced arguments as JSON, so tests see exactly what a resolver gets.
    static let schema = H.schema([
        H.object("Query", [
            H.field("args", "JSON", args: [
                H.arg("id", "ID"), H.arg("n", "Int"), H.arg("f", "Float"), H.arg("list", "[Int!]"),
                H.arg("color", "Color"), H.arg("input", "In"), H.arg("one", "One"), H.arg("s", "String"),
            ], .sync { _, arguments, _ in .leaf(.object(arguments.values)) }),
        ]),
        .enumeration(EnumType(name: "Color", values: [EnumValueDefinition(name: "RED"), EnumValueDefinition(name: "GREEN")])),
        .inputObject(InputObjectType(name: "In", fields: [
            H.arg("name", "String!"), H.arg("size", "Int", default: 3), H.arg("tags", "[String]"), H.arg("child", "In"),
        ])),
        .inputObject(InputObjectType(name: "One", fields: [H.arg("a", "Int"), H.arg("b", "String")], isOneOf: true)),
    ], scalars: [ScalarType(name: "JSON", coercion: .json)])

    private func run(_ query: String, _ variables: Value?) async -> String {
        await H.json(Self.schema, query, variables: variables)
    }

    @Test func requiredVariableNotProvidedIsARequestError() async {
        let json = await run("query Q($id: ID!) { args(id: $id) }", nil)
        #expect(json == #"{"errors":[{"message":"Variable \"$id\" of required type \"ID!\" was not provided.","locations":[{"line":1,"column":9}],"extensions":{"code":"BAD_USER_INPUT","field":"id"}}]}"#)
    }

    @Test func nullForANonNullVariableIsRefused() async {
        let json = await run("query Q($id: ID!) { args(id: $id) }", ["id": nil])
        #expect(json.contains(#""message":"Variable \"$id\" of non-null type \"ID!\" must not be null.""#))
        #expect(!json.contains(#""data""#))
    }

    @Test func scalarProblemsQuoteTheValueAndTheScalarMessage() async {
        let json = await run("query Q($n: Int) { args(n: $n) }", ["n": "a"])
        #expect(json.contains(#""message":"Variable \"$n\" got invalid value \"a\"; Int cannot represent non-integer value: \"a\"""#))
        let big = await run("query Q($n: Int) { args(n: $n) }", ["n": 2_147_483_648])
        #expect(big.contains(#"Variable \"$n\" got invalid value 2147483648; Int cannot represent non 32-bit signed integer value: 2147483648"#))
    }

    @Test func nestedProblemsNameTheirPath() async {
        let json = await run("query Q($input: In) { args(input: $input) }", ["input": ["name": "a", "child": ["name": 1]]])
        #expect(json.contains(#""message":"Variable \"$input\" got invalid value 1 at \"input.child.name\"; String cannot represent a non string value: 1""#))
        #expect(json.contains(#""field":"input.child.name""#))
    }

    @Test func everyProblemIsReported() async {
        let response = await H.run(Self.schema, "query Q($input: In, $n: Int) { args(input: $input, n: $n) }", variables: ["input": ["nope": 1], "n": 1.5])
        #expect(response.errors.map(\.message) == [
            #"Variable "$input" got invalid value { nope: 1 }; Field "name" of required type "String!" was not provided."#,
            #"Variable "$input" got invalid value { nope: 1 }; Field "nope" is not defined by type "In". Did you mean "name"?"#,
            #"Variable "$n" got invalid value 1.5; Int cannot represent non-integer value: 1.5"#,
        ])
        #expect(response.isRequestError)
    }

    @Test func unknownFieldsSuggestCloseNames() async {
        let response = await H.run(Self.schema, "query Q($input: In) { args(input: $input) }", variables: ["input": ["name": "x", "sise": 2]])
        #expect(response.errors.map(\.message) == [#"Variable "$input" got invalid value { name: "x", sise: 2 }; Field "sise" is not defined by type "In". Did you mean "size"?"#])
    }

    @Test func inputObjectDefaultsApply() async {
        #expect(await run("query Q($input: In) { args(input: $input) }", ["input": ["name": "a"]]) == #"{"data":{"args":{"input":{"name":"a","size":3}}}}"#)
    }

    @Test func variableDefaultsApplyWhenAbsentButNotWhenNull() async {
        let query = "query Q($n: Int = 7) { args(n: $n) }"
        #expect(await run(query, nil) == #"{"data":{"args":{"n":7}}}"#)
        #expect(await run(query, ["n": nil]) == #"{"data":{"args":{"n":null}}}"#)
    }

    @Test func aSingleValueIsAListOfOne() async {
        #expect(await run("query Q($l: [Int!]) { args(list: $l) }", ["l": 4]) == #"{"data":{"args":{"list":[4]}}}"#)
        let json = await run("query Q($l: [Int!]) { args(list: $l) }", ["l": [1, nil]])
        #expect(json.contains(#"Variable \"$l\" got invalid value null at \"l[1]\"; Expected non-nullable type \"Int!\" not to be null."#))
    }

    @Test func enumsAcceptTheirNamesOnly() async {
        #expect(await run("query Q($c: Color) { args(color: $c) }", ["c": "RED"]) == #"{"data":{"args":{"color":"RED"}}}"#)
        let json = await run("query Q($c: Color) { args(color: $c) }", ["c": "READ"])
        #expect(json.contains(#"Variable \"$c\" got invalid value \"READ\"; Value \"READ\" does not exist in \"Color\" enum. Did you mean \"RED\"?"#))
        let number = await run("query Q($c: Color) { args(color: $c) }", ["c": 1])
        #expect(number.contains(#"Enum \"Color\" cannot represent non-string value: 1."#))
    }

    @Test func idAcceptsIntegersAsStrings() async {
        #expect(await run("query Q($id: ID) { args(id: $id) }", ["id": 42]) == #"{"data":{"args":{"id":"42"}}}"#)
    }

    @Test func floatAcceptsIntegers() async {
        #expect(await run("query Q($f: Float) { args(f: $f) }", ["f": 2]) == #"{"data":{"args":{"f":2}}}"#)
    }

    @Test func oneOfNeedsExactlyOneNonNullField() async {
        #expect(await run("query Q($o: One) { args(one: $o) }", ["o": ["b": "x"]]) == #"{"data":{"args":{"one":{"b":"x"}}}}"#)
        let two = await run("query Q($o: One) { args(one: $o) }", ["o": ["a": 1, "b": "x"]])
        #expect(two.contains(#"Exactly one key must be specified for OneOf type \"One\"."#))
        let none = await run("query Q($o: One) { args(one: $o) }", ["o": [:]])
        #expect(none.contains(#"Exactly one key must be specified for OneOf type \"One\"."#))
        let null = await run("query Q($o: One) { args(one: $o) }", ["o": ["a": nil]])
        #expect(null.contains(#"Variable \"$o\" got invalid value null at \"o.a\"; Field \"a\" must be non-null."#))
    }

    @Test func extraVariablesAreIgnored() async {
        #expect(await run("query Q($n: Int) { args(n: $n) }", ["n": 1, "other": "x"]) == #"{"data":{"args":{"n":1}}}"#)
    }
}
