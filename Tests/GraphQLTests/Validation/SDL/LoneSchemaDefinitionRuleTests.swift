import GraphQL
import Testing

@Suite struct LoneSchemaDefinitionRuleTests {
    let check = SDLRuleTester(LoneSchemaDefinitionRule())

    @Test func acceptsOneSchemaDefinitionAndExtensions() throws {
        try check.valid(
            """
            type Query { a: Int }
            type Mutation { b: Int }
            schema { query: Query }
            """,
            "extend schema { mutation: Mutation }")
    }

    @Test func rejectsASecondSchemaDefinition() throws {
        try check.problems(
            """
            type Query { a: Int }
            schema { query: Query }
            schema { query: Query }
            """,
            [ExpectedProblem("Must provide only one schema definition.", "3:1")])
    }

    @Test func rejectsSchemaDefinitionsInTwoModules() throws {
        try check.problems(
            modules: ["type Query { a: Int } schema { query: Query }", "schema { query: Query }"],
            [ExpectedProblem("Must provide only one schema definition.", "m1.graphql:1:1")])
    }
}
