import GraphQL
import Testing

@Suite struct InputObjectFieldsRuleTests {
    let check = SDLRuleTester(InputObjectFieldsRule())

    @Test func acceptsInputFieldsAndOneOfWithNullableFields() throws {
        try check.valid(
            """
            input Filter { status: Status = ACTIVE, nested: Filter, tags: [String!]! = [] @deprecated }
            input By @oneOf { id: ID email: String }
            enum Status { ACTIVE }
            """)
    }

    @Test func requiresAtLeastOneField() throws {
        try check.problems("input In", [ExpectedProblem("Input Object type In must define one or more fields.", "1:1")])
    }

    @Test func rejectsOutputTypesAsInputFieldTypes() throws {
        try check.problems(
            "input In { a: Obj, b: [U!] }\ntype Obj { a: Int }\nunion U = Obj",
            [
                ExpectedProblem("The type of In.a must be Input Type but got: Obj.", "1:15"),
                ExpectedProblem("The type of In.b must be Input Type but got: [U!].", "1:23"),
            ])
    }

    @Test func rejectsADeprecatedRequiredField() throws {
        try check.problems(
            "input In { a: Int! @deprecated(reason: \"x\") }",
            [ExpectedProblem("Required input field In.a cannot be deprecated.", "1:20", "1:15")])
    }

    @Test func requiresOneOfFieldsToBeNullableWithoutDefault() throws {
        try check.problems(
            """
            input By @oneOf {
              id: ID!
              email: String = "a@b.c"
            }
            """,
            [
                ExpectedProblem("OneOf input field By.id must be nullable.", "2:7"),
                ExpectedProblem("OneOf input field By.email cannot have a default value.", "3:3"),
            ])
    }

    @Test func seesOneOfAddedByAnExtension() throws {
        try check.problems(
            "input By { id: ID! }\nextend input By @oneOf",
            [ExpectedProblem("OneOf input field By.id must be nullable.", "1:16")])
    }
}
