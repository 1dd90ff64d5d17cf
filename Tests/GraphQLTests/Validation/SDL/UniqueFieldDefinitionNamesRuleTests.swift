import GraphQL
import Testing

@Suite struct UniqueFieldDefinitionNamesRuleTests {
    let check = SDLRuleTester(UniqueFieldDefinitionNamesRule())

    @Test func acceptsDistinctFieldsAcrossExtensions() throws {
        try check.valid(
            """
            type Query { a: Int }
            extend type Query { b: Int }
            interface I { a: Int }
            input In { a: Int }
            extend input In { b: Int }
            """)
    }

    @Test func rejectsAFieldDefinedTwiceInOneType() throws {
        try check.problems(
            """
            type Query {
              a: Int
              a: String
            }
            input In { x: Int x: Int }
            """,
            [
                ExpectedProblem("Field \"Query.a\" can only be defined once.", "2:3", "3:3"),
                ExpectedProblem("Field \"In.x\" can only be defined once.", "5:12", "5:19"),
            ])
    }

    @Test func rejectsTwoModulesAddingTheSameRootField() throws {
        try check.problems(
            modules: ["type Query { clients: Int }", "extend type Query { clients: Int }"],
            [ExpectedProblem("Field \"Query.clients\" can only be defined once.", "m0.graphql:1:14", "m1.graphql:1:21")])
    }
}
