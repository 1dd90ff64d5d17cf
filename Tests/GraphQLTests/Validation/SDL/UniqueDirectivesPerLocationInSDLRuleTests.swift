import GraphQL
import Testing

@Suite struct UniqueDirectivesPerLocationInSDLRuleTests {
    let check = SDLRuleTester(UniqueDirectivesPerLocationInSDLRule())

    @Test func acceptsRepeatableDirectivesAndDirectivesOnDifferentFields() throws {
        try check.valid(
            """
            directive @tag(name: String) repeatable on OBJECT | FIELD_DEFINITION
            type Query @tag(name: "a") @tag(name: "b") {
              a: Int @deprecated
              b: Int @deprecated
            }
            extend type Query @tag(name: "c")
            """)
    }

    @Test func rejectsARepeatedDirectiveOnOneField() throws {
        try check.problems(
            """
            type Query {
              a: Int @deprecated @deprecated(reason: "x")
            }
            """,
            [ExpectedProblem("The directive \"@deprecated\" can only be used once at this location.", "2:10", "2:22")])
    }

    @Test func countsATypeAndItsExtensionsAsOneLocation() throws {
        try check.problems(
            modules: [
                "directive @entity on OBJECT\ntype Query @entity { a: Int }",
                "extend type Query @entity",
            ],
            [ExpectedProblem("The directive \"@entity\" can only be used once at this location.", "m0.graphql:2:12", "m1.graphql:1:19")])
    }
}
