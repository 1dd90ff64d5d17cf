import GraphQL
import Testing

@Suite struct UniqueInputFieldNamesInSDLRuleTests {
    let check = SDLRuleTester(UniqueInputFieldNamesInSDLRule())

    @Test func acceptsDistinctFieldsAtEachLevel() throws {
        try check.valid(
            """
            input F { a: Int b: F }
            type Query { f(x: F = { a: 1, b: { a: 2 } }): Int }
            """)
    }

    @Test func rejectsAFieldGivenTwiceInADefaultOrADirectiveArgument() throws {
        try check.problems(
            """
            input F { a: Int b: [F] }
            directive @d(f: F) on FIELD_DEFINITION
            type Query {
              f(x: F = { b: [{ a: 1, a: 2 }] }): Int @d(f: { a: 1, a: 1 })
            }
            """,
            [
                ExpectedProblem("There can be only one input field named \"a\".", "4:20", "4:26"),
                ExpectedProblem("There can be only one input field named \"a\".", "4:50", "4:56"),
            ])
    }
}
