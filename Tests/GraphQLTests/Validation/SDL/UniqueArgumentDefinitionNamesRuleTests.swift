import GraphQL
import Testing

@Suite struct UniqueArgumentDefinitionNamesRuleTests {
    let check = SDLRuleTester(UniqueArgumentDefinitionNamesRule())

    @Test func acceptsDistinctArguments() throws {
        try check.valid(
            """
            type Query { a(x: Int, y: Int): Int b(x: Int): Int }
            directive @d(x: Int, y: Int) on FIELD_DEFINITION
            """)
    }

    @Test func rejectsAFieldArgumentDefinedTwice() throws {
        try check.problems(
            """
            type Query {
              clients(page: Int, limit: Int, page: Int): Int
            }
            """,
            [ExpectedProblem("Argument \"Query.clients(page:)\" can only be defined once.", "2:11", "2:34")])
    }

    @Test func rejectsADirectiveArgumentDefinedThrice() throws {
        try check.problems(
            "directive @d(x: Int, x: Int, x: Int) on FIELD_DEFINITION",
            [ExpectedProblem("Argument \"@d(x:)\" can only be defined once.", "1:14", "1:22", "1:30")])
    }
}
