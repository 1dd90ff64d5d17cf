import GraphQL
import Testing

@Suite struct UniqueTypeNamesRuleTests {
    let check = SDLRuleTester(UniqueTypeNamesRule())

    @Test func acceptsDistinctNamesAndExtensions() throws {
        try check.valid("type Query { a: Int } type Foo { a: Int }", "extend type Foo { b: Int }")
    }

    @Test func rejectsATypeDefinedTwice() throws {
        try check.problems(
            """
            type Foo { a: Int }
            scalar Foo
            input Foo { a: Int }
            """,
            [
                ExpectedProblem("There can be only one type named \"Foo\".", "1:6", "2:8"),
                ExpectedProblem("There can be only one type named \"Foo\".", "1:6", "3:7"),
            ])
    }

    @Test func rejectsATypeDefinedByTwoModules() throws {
        try check.problems(
            modules: ["type Client { a: Int }", "type Client { b: Int }"],
            [ExpectedProblem("There can be only one type named \"Client\".", "m0.graphql:1:6", "m1.graphql:1:6")])
    }

    @Test func rejectsRedefiningABuiltInType() throws {
        try check.problems(
            "scalar String\ntype __Schema { a: Int }",
            [
                ExpectedProblem("Type \"String\" already exists in the schema. It cannot also be defined in this type definition.", "1:8"),
                ExpectedProblem("Type \"__Schema\" already exists in the schema. It cannot also be defined in this type definition.", "2:6"),
            ])
    }
}
