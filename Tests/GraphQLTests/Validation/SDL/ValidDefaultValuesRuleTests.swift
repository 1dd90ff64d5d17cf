import GraphQL
import Testing

@Suite struct ValidDefaultValuesRuleTests {
    let check = SDLRuleTester(ValidDefaultValuesRule())

    @Test func acceptsValidDefaults() throws {
        try check.valid(
            """
            type Query {
              clients(page: Int = 1, ratio: Float = 1, id: ID = 4, tags: [String!] = "one", filter: Filter = { status: ACTIVE }): Int
            }
            input Filter { status: Status! limit: Int = 10 }
            enum Status { ACTIVE }
            directive @d(x: Boolean = false) on FIELD_DEFINITION
            """)
    }

    @Test func rejectsDefaultsOfTheWrongType() throws {
        try check.problems(
            """
            type Query {
              clients(page: Int = "1", status: Status = "ACTIVE", limit: Int! = null): Int
            }
            enum Status { ACTIVE }
            directive @d(x: Boolean = 0) on FIELD_DEFINITION
            """,
            [
                ExpectedProblem("Argument \"Query.clients(page:)\" has invalid default value: Int cannot represent non-integer value: \"1\"", "2:23"),
                ExpectedProblem(
                    "Argument \"Query.clients(status:)\" has invalid default value: Enum \"Status\" cannot represent non-enum value: \"ACTIVE\". Did you mean the enum value \"ACTIVE\"?",
                    "2:45"),
                ExpectedProblem("Argument \"Query.clients(limit:)\" has invalid default value: Expected value of type \"Int!\", found null.", "2:69"),
                ExpectedProblem("Argument \"@d(x:)\" has invalid default value: Boolean cannot represent a non boolean value: 0", "5:27"),
            ])
    }

    @Test func checksInputObjectDefaultsFieldByField() throws {
        try check.problems(
            """
            input Filter { status: Status!, limit: Int }
            input Outer { inner: Filter = { limit: 1, stats: ACTIVE }, by: By = { id: 1, email: "x" } }
            input By @oneOf { id: ID email: String }
            enum Status { ACTIVE }
            """,
            [
                ExpectedProblem("Input field \"Outer.inner\" has invalid default value: Field \"Filter.status\" of required type \"Status!\" was not provided.", "2:31"),
                ExpectedProblem("Input field \"Outer.inner\" has invalid default value: Field \"stats\" is not defined by type \"Filter\". Did you mean \"status\"?", "2:43"),
                ExpectedProblem("Input field \"Outer.by\" has invalid default value: OneOf Input Object \"By\" must specify exactly one key.", "2:69"),
            ])
    }

    @Test func reportsADefaultValueThatReferencesItself() throws {
        try check.problems(
            "input A { b: B = {} }\ninput B { a: A = {} }\ntype Query { f(a: A = {}): Int }",
            [
                ExpectedProblem("Input field \"A.b\" has invalid default value: Invalid circular reference. The default value of Input Object field B.a references itself.", "2:18"),
                ExpectedProblem("Input field \"B.a\" has invalid default value: Invalid circular reference. The default value of Input Object field A.b references itself.", "1:18"),
                ExpectedProblem("Argument \"Query.f(a:)\" has invalid default value: Invalid circular reference. The default value of Input Object field A.b references itself.", "1:18"),
            ])
    }
}
