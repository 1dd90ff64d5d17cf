import GraphQL
import Testing

@Suite struct UniqueDirectiveNamesRuleTests {
    let check = SDLRuleTester(UniqueDirectiveNamesRule())

    @Test func acceptsDistinctDirectives() throws {
        try check.valid("directive @a on FIELD_DEFINITION\ndirective @b on FIELD_DEFINITION")
    }

    @Test func rejectsADirectiveDefinedTwice() throws {
        try check.problems(
            modules: ["directive @allow on FIELD_DEFINITION", "directive @allow on OBJECT"],
            [ExpectedProblem("There can be only one directive named \"@allow\".", "m0.graphql:1:12", "m1.graphql:1:12")])
    }

    @Test func rejectsRedefiningABuiltInDirective() throws {
        try check.problems(
            "directive @deprecated on FIELD_DEFINITION",
            [ExpectedProblem("Directive \"@deprecated\" already exists in the schema. It cannot be redefined.", "1:12")])
    }
}
