import GraphQL
import Testing

@Suite struct KnownArgumentNamesOnDirectivesRuleTests {
    let check = SDLRuleTester(KnownArgumentNamesOnDirectivesRule())

    @Test func acceptsKnownArgumentsAndIgnoresUnknownDirectives() throws {
        try check.valid("type Query { a: Int @deprecated(reason: \"x\") b: Int @unknown(x: 1) }")
    }

    @Test func rejectsUnknownArguments() throws {
        try check.problems(
            """
            directive @allow(roles: [String!]!) on FIELD_DEFINITION
            type Query {
              a: Int @deprecated(reasn: "old")
              b: String @allow(role: ["A"])
            }
            """,
            [
                ExpectedProblem("Unknown argument \"reasn\" on directive \"@deprecated\". Did you mean \"reason\"?", "3:22"),
                ExpectedProblem("Unknown argument \"role\" on directive \"@allow\". Did you mean \"roles\"?", "4:20"),
            ])
    }
}
