import GraphQL
import Testing

@Suite struct DirectiveArgumentValuesRuleTests {
    let check = SDLRuleTester(DirectiveArgumentValuesRule())

    @Test func acceptsValidValues() throws {
        try check.valid(
            """
            enum Role { ADMIN MEMBER }
            directive @allow(roles: [Role!]!) on FIELD_DEFINITION
            type Query {
              a: Int @allow(roles: [ADMIN, MEMBER])
              b: Int @allow(roles: ADMIN)
              c: Int @deprecated(reason: "old")
              d: Int @deprecated(reason: null)
            }
            """)
    }

    @Test func rejectsValuesOfTheWrongType() throws {
        try check.problems(
            """
            enum Role { ADMIN MEMBER }
            directive @allow(roles: [Role!]!) on FIELD_DEFINITION
            type Query {
              a: Int @allow(roles: [ADMIN, ADMN])
              b: Int @allow(roles: ["ADMIN"])
              c: Int @deprecated(reason: 5)
              d: Int @allow(roles: null)
            }
            """,
            [
                ExpectedProblem("Directive \"@allow\" argument \"roles\" has an invalid value: Value \"ADMN\" does not exist in \"Role\" enum. Did you mean the enum value \"ADMIN\"?", "4:32"),
                ExpectedProblem("Directive \"@allow\" argument \"roles\" has an invalid value: Enum \"Role\" cannot represent non-enum value: \"ADMIN\". Did you mean the enum value \"ADMIN\"?", "5:25"),
                ExpectedProblem("Directive \"@deprecated\" argument \"reason\" has an invalid value: String cannot represent a non string value: 5", "6:30"),
                ExpectedProblem("Directive \"@allow\" argument \"roles\" has an invalid value: Expected value of type \"[Role!]!\", found null.", "7:24"),
            ])
    }
}
