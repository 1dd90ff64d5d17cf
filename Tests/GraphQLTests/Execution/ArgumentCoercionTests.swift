import GraphQL
import Testing

@Suite struct ArgumentCoercionTests {
    typealias H = ExecutionHarness

    static let schema = H.schema([
        H.object("Query", [
            H.field("args", "JSON", args: [
                H.arg("n", "Int"), H.arg("req", "Int!", default: 5), H.arg("list", "[Int]"), H.arg("color", "Color"),
                H.arg("input", "In"), H.arg("one", "One"), H.arg("json", "JSON"), H.arg("s", "String"),
            ], .sync { _, arguments, _ in .leaf(.object(arguments.values)) }),
            H.field("needs", "Int", args: [H.arg("x", "Int!")], .sync { _, arguments, _ in .leaf(arguments["x"] ?? .null) }),
        ]),
        .enumeration(EnumType(name: "Color", values: [EnumValueDefinition(name: "RED"), EnumValueDefinition(name: "GREEN")])),
        .inputObject(InputObjectType(name: "In", fields: [H.arg("name", "String!"), H.arg("size", "Int", default: 3), H.arg("tags", "[String]")])),
        .inputObject(InputObjectType(name: "One", fields: [H.arg("a", "Int"), H.arg("b", "String")], isOneOf: true)),
    ], scalars: [ScalarType(name: "JSON", coercion: .json)])

    private func run(_ query: String, _ variables: Value? = nil) async -> String {
        await H.json(Self.schema, query, variables: variables)
    }

    @Test func literalsAreCoercedAndDefaultsApplied() async {
        let json = await run(#"{ args(n: 1, list: 2, color: GREEN, input: {name: "x", tags: "t"}, s: """block""") }"#)
        #expect(json == #"{"data":{"args":{"n":1,"req":5,"list":[2],"color":"GREEN","input":{"name":"x","size":3,"tags":["t"]},"s":"block"}}}"#)
    }

    @Test func absentAndNullAreDifferent() async {
        #expect(await run("{ args(n: null) }") == #"{"data":{"args":{"n":null,"req":5}}}"#)
        #expect(await run("{ args }") == #"{"data":{"args":{"req":5}}}"#)
    }

    @Test func aMissingVariableLeavesTheArgumentAbsentOrDefaulted() async {
        #expect(await run("query Q($n: Int, $r: Int) { args(n: $n, req: $r) }") == #"{"data":{"args":{"req":5}}}"#)
        #expect(await run("query Q($n: Int) { args(n: $n) }", ["n": nil]) == #"{"data":{"args":{"n":null,"req":5}}}"#)
    }

    @Test func variablesInsideLiteralsAreSubstituted() async {
        let json = await run("query Q($name: String!, $size: Int, $t: String) { args(input: {name: $name, size: $size, tags: [$t, \"u\"]}) }", ["name": "n", "t": "x"])
        #expect(json == #"{"data":{"args":{"req":5,"input":{"name":"n","size":3,"tags":["x","u"]}}}}"#)
    }

    @Test func jsonLiteralsKeepTheirShapeAndTakeVariables() async {
        let json = await run(#"query Q($v: JSON, $missing: Int) { args(json: {a: [1, 2.5, "s", true, null, RED], b: {c: $v}, d: $missing, e: [$missing]}) }"#, ["v": 9_007_199_254_740_993])
        #expect(json == #"{"data":{"args":{"req":5,"json":{"a":[1,2.5,"s",true,null,"RED"],"b":{"c":9007199254740993},"e":[null]}}}}"#)
    }

    @Test func oneOfLiteralsWithOneField() async {
        #expect(await run("{ args(one: {a: 1}) }") == #"{"data":{"args":{"req":5,"one":{"a":1}}}}"#)
    }

    @Test func aVariableNullForANonNullArgumentIsAFieldError() async {
        let json = await H.runUnvalidated(Self.schema, "query Q($x: Int) { needs(x: $x) }", variables: ["x": nil])
        #expect(json == #"{"errors":[{"message":"Argument \"x\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":29}],"path":["needs"],"extensions":{"code":"BAD_USER_INPUT"}}],"data":{"needs":null}}"#)
    }

    @Test func aMissingVariableForARequiredArgumentIsAFieldError() async {
        let json = await H.runUnvalidated(Self.schema, "query Q($x: Int) { needs(x: $x) }")
        #expect(json.contains(#"Argument \"x\" of required type \"Int!\" was provided the variable \"$x\" which was not provided a runtime value."#))
        #expect(json.hasSuffix(#""data":{"needs":null}}"#))
    }
}
