import GraphQL
import Testing

@Suite struct ProvidedRequiredArgumentsOnDirectivesRuleTests {
    let check = SDLRuleTester(ProvidedRequiredArgumentsOnDirectivesRule())

    @Test func acceptsGivenOrDefaultedArguments() throws {
        try check.valid(
            """
            directive @d(a: Int!, b: Int! = 1, c: Int) on FIELD_DEFINITION
            type Query { a: Int @d(a: 1) b: Int @deprecated }
            """)
    }

    @Test func rejectsAMissingRequiredArgument() throws {
        try check.problems(
            """
            directive @allow(roles: [String!]!) on FIELD_DEFINITION
            scalar Date @specifiedBy
            type Query { a: Int @allow }
            """,
            [
                ExpectedProblem("Directive \"@specifiedBy\" argument \"url\" of type \"String!\" is required, but it was not provided.", "2:13"),
                ExpectedProblem("Directive \"@allow\" argument \"roles\" of type \"[String!]!\" is required, but it was not provided.", "3:21"),
            ])
    }
}
