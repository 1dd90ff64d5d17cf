import GraphQL
import Testing

@Suite struct SkipIncludeTests {
    typealias H = ExecutionHarness

    static let schema = H.schema([
        H.object("Query", [
            H.constant("a", "String", .string("a")),
            H.constant("b", "String", .string("b")),
            H.constant("c", "Int", .int(3)),
        ]),
    ])

    private func run(_ query: String, _ variables: Value? = nil) async -> String {
        await H.json(Self.schema, query, variables: variables)
    }

    @Test func literalConditionsOnFields() async {
        #expect(await run("{ a @skip(if: true) b @skip(if: false) c @include(if: false) }") == #"{"data":{"b":"b"}}"#)
    }

    @Test func variableConditions() async {
        let query = "query Q($yes: Boolean!) { a @include(if: $yes) b @skip(if: $yes) }"
        #expect(await run(query, ["yes": true]) == #"{"data":{"a":"a"}}"#)
        #expect(await run(query, ["yes": false]) == #"{"data":{"b":"b"}}"#)
    }

    @Test func bothDirectivesMustAllow() async {
        #expect(await run("{ a @skip(if: false) @include(if: true) b @skip(if: true) @include(if: true) c @skip(if: false) @include(if: false) }") == #"{"data":{"a":"a"}}"#)
    }

    @Test func conditionsOnFragments() async {
        let query = """
            query Q($on: Boolean!) { ...F @include(if: $on) ... on Query @skip(if: $on) { b } ... @include(if: true) { c } }
            fragment F on Query { a }
            """
        #expect(await run(query, ["on": true]) == #"{"data":{"a":"a","c":3}}"#)
        #expect(await run(query, ["on": false]) == #"{"data":{"b":"b","c":3}}"#)
    }

    @Test func aSkippedOccurrenceDoesNotHideAnotherOne() async {
        #expect(await run("{ a @skip(if: true) a }") == #"{"data":{"a":"a"}}"#)
    }

    @Test func defaultValueOfTheConditionVariable() async {
        #expect(await run("query Q($skip: Boolean = true) { a @skip(if: $skip) b }") == #"{"data":{"b":"b"}}"#)
    }
}
