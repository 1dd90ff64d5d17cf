import GraphQL
import Testing

@Suite struct KnownDirectivesInSDLRuleTests {
    let check = SDLRuleTester(KnownDirectivesInSDLRule())

    @Test func acceptsKnownDirectivesInTheirLocations() throws {
        try check.valid(
            """
            directive @allow(roles: [String!]!) on FIELD_DEFINITION
            type Query {
              a(x: Int @deprecated): Int @allow(roles: ["ADMIN"]) @deprecated(reason: "old")
            }
            scalar S @specifiedBy(url: "https://example.com")
            input In @oneOf { a: Int @deprecated b: Int }
            enum E { A @deprecated }
            """)
    }

    @Test func rejectsUnknownDirectives() throws {
        try check.problems(
            """
            type Query @entity {
              a: Int @alow(roles: [ADMIN])
            }
            """,
            [
                ExpectedProblem("Unknown directive \"@entity\".", "1:12"),
                ExpectedProblem("Unknown directive \"@alow\".", "2:10"),
            ])
    }

    @Test func rejectsDirectivesOutsideTheirLocations() throws {
        try check.problems(
            """
            directive @allow(roles: [String!]!) on FIELD_DEFINITION
            type Query @allow(roles: []) @deprecated {
              a: Int @oneOf @skip(if: true)
            }
            schema @specifiedBy(url: "x") { query: Query }
            """,
            [
                ExpectedProblem("Directive \"@allow\" may not be used on OBJECT.", "2:12"),
                ExpectedProblem("Directive \"@deprecated\" may not be used on OBJECT.", "2:30"),
                ExpectedProblem("Directive \"@oneOf\" may not be used on FIELD_DEFINITION.", "3:10"),
                ExpectedProblem("Directive \"@skip\" may not be used on FIELD_DEFINITION.", "3:17"),
                ExpectedProblem("Directive \"@specifiedBy\" may not be used on SCHEMA.", "5:8"),
            ])
    }
}
