import GraphQL
import Testing

@Suite struct UniqueOperationTypesRuleTests {
    let check = SDLRuleTester(UniqueOperationTypesRule())

    @Test func acceptsEachOperationOnce() throws {
        try check.valid(
            """
            type Foo { a: Int }
            schema { query: Foo mutation: Foo }
            extend schema { subscription: Foo }
            """)
    }

    @Test func rejectsAnOperationTwiceInOneDefinition() throws {
        try check.problems(
            """
            type Foo { a: Int }
            schema {
              query: Foo
              query: Foo
            }
            """,
            [ExpectedProblem("There can be only one query type in schema.", "3:3", "4:3")])
    }

    @Test func rejectsAnOperationRedefinedByAnExtension() throws {
        try check.problems(
            modules: ["type Foo { a: Int } schema { mutation: Foo }", "extend schema { mutation: Foo }"],
            [ExpectedProblem("There can be only one mutation type in schema.", "m0.graphql:1:30", "m1.graphql:1:17")])
    }
}
