import GraphQL
import Testing

@Suite struct TypeSystemDefinitionsOnlyRuleTests {
    let check = SDLRuleTester(TypeSystemDefinitionsOnlyRule())

    @Test func acceptsTypeSystemDefinitions() throws {
        try check.valid("schema { query: Query } type Query { a: Int } directive @d on FIELD_DEFINITION extend type Query { b: Int }")
    }

    @Test func rejectsOperationsAndFragments() throws {
        try check.problems(
            """
            type Query { a: Int }
            query Clients { a }
            fragment F on Query { a }
            { a }
            """,
            [
                ExpectedProblem("The \"Clients\" definition is not a type-system definition: SDL may only define the schema, types and directives.", "2:1"),
                ExpectedProblem("The \"F\" definition is not a type-system definition: SDL may only define the schema, types and directives.", "3:1"),
                ExpectedProblem("The \"query\" definition is not a type-system definition: SDL may only define the schema, types and directives.", "4:1"),
            ])
    }
}
