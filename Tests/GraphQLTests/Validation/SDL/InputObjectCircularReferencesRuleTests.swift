import GraphQL
import Testing

@Suite struct InputObjectCircularReferencesRuleTests {
    let check = SDLRuleTester(InputObjectCircularReferencesRule())

    @Test func acceptsCyclesBrokenByANullableOrListField() throws {
        try check.valid(
            """
            input A { b: B! }
            input B { a: A }
            input C { c: [C!]! }
            input D { self: D }
            """)
    }

    @Test func rejectsADirectNonNullSelfReference() throws {
        try check.problems(
            "input A { self: A! }",
            [ExpectedProblem("Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"self\".", "1:11")])
    }

    @Test func rejectsAnUnbreakableCycleThroughSeveralTypes() throws {
        try check.problems(
            """
            input A { b: B! }
            input B { c: C! }
            input C { a: A! }
            """,
            [ExpectedProblem("Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.c.a\".", "1:11", "2:11", "3:11")])
    }

    @Test func rejectsACycleAcrossModules() throws {
        try check.problems(
            modules: ["input A { b: B! }", "input B { a: A! }"],
            [ExpectedProblem("Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".", "m0.graphql:1:11", "m1.graphql:1:11")])
    }
}
