import GraphQL
import Testing

@Suite struct RootOperationTypesRuleTests {
    let check = SDLRuleTester(RootOperationTypesRule())

    @Test func acceptsDefaultAndExplicitRoots() throws {
        try check.valid("type Query { a: Int } type Mutation { b: Int } type Subscription { c: Int }")
        try check.valid("schema { query: Root } type Root { a: Int }")
    }

    @Test func requiresAQueryRoot() throws {
        try check.problems("type Mutation { a: Int }", [ExpectedProblem("Query root type must be provided.")])
        try check.problems(
            "type Root { a: Int }\nschema { mutation: Root }",
            [ExpectedProblem("Query root type must be provided.", "2:1")])
    }

    @Test func requiresObjectRoots() throws {
        try check.problems(
            """
            input Query { a: Int }
            schema { query: Query mutation: Union }
            union Union = Obj
            type Obj { a: Int }
            """,
            [
                ExpectedProblem("Query root type must be Object type, it cannot be Query.", "2:17"),
                ExpectedProblem("Mutation root type must be Object type if provided, it cannot be Union.", "2:33"),
            ])
        try check.problems("scalar Query", [ExpectedProblem("Query root type must be Object type, it cannot be Query.", "1:1")])
    }

    @Test func requiresDistinctRoots() throws {
        try check.problems(
            """
            type Root { a: Int }
            schema { query: Root mutation: Root subscription: Root }
            """,
            [ExpectedProblem("All root types must be different, \"Root\" type is used as query, mutation, and subscription root types.", "2:17", "2:32", "2:51")])
    }
}
