import GraphQL
import Testing

@Suite struct FieldDefinitionsRuleTests {
    let check = SDLRuleTester(FieldDefinitionsRule())

    @Test func acceptsOutputFieldsAndInputArguments() throws {
        try check.valid(
            """
            type Query { a(f: Filter, e: E = A, s: [String!]! = [] @deprecated(reason: "x")): [Obj] i: I u: U e: E }
            type Obj implements I { a: Int }
            interface I { a: Int }
            union U = Obj
            enum E { A }
            input Filter { a: Int }
            """)
    }

    @Test func requiresAtLeastOneField() throws {
        try check.problems(
            "type Query\ninterface I\nextend type Query @deprecated",
            [
                ExpectedProblem("Type Query must define one or more fields.", "1:1", "3:1"),
                ExpectedProblem("Type I must define one or more fields.", "2:1"),
            ])
    }

    @Test func rejectsInputTypesAsFieldTypes() throws {
        try check.problems(
            "type Query { a: [Filter!] }\ninput Filter { a: Int }",
            [ExpectedProblem("The type of Query.a must be Output Type but got: [Filter!].", "1:17")])
    }

    @Test func rejectsOutputTypesAsArgumentTypes() throws {
        try check.problems(
            "type Query { a(x: Obj!, y: [I]): Int }\ntype Obj { a: Int }\ninterface I { a: Int }",
            [
                ExpectedProblem("The type of Query.a(x:) must be Input Type but got: Obj!.", "1:19"),
                ExpectedProblem("The type of Query.a(y:) must be Input Type but got: [I].", "1:28"),
            ])
    }

    @Test func rejectsADeprecatedRequiredArgument() throws {
        try check.problems(
            "type Query { a(x: Int! @deprecated): Int }",
            [ExpectedProblem("Required argument Query.a(x:) cannot be deprecated.", "1:24", "1:19")])
    }
}
