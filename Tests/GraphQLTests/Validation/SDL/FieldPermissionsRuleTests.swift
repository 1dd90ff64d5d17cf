import GraphQL
import Testing

@Suite struct FieldPermissionsRuleTests {
    let check = SDLRuleTester(FieldPermissionsRule())

    private static let roles = """
        enum Role { SUPER_ADMIN ORG_OWNER ORG_ADMIN }
        directive @allow(roles: [Role!]!) on FIELD_DEFINITION
        """

    @Test func acceptsNullableRestrictedFields() throws {
        try check.valid(
            Self.roles,
            """
            type Client {
              name: String!
              taxId: String @allow(roles: [ORG_OWNER, ORG_ADMIN])
              deletedAt: String @allow(roles: SUPER_ADMIN)
            }
            """)
    }

    @Test func acceptsRolesAsStrings() throws {
        try check.valid("directive @allow(roles: [String!]!) on FIELD_DEFINITION\ntype Client { notes: [String!] @allow(roles: [\"STAFF\"]) }")
    }

    @Test func requiresRestrictedFieldsToBeNullable() throws {
        try check.problems(
            Self.roles + "\ntype Client {\n  notes: String! @allow(roles: [ORG_OWNER])\n}",
            [ExpectedProblem(
                "Field \"Client.notes\" is restricted by @allow, so its type must be nullable (a refusal nulls this field alone, never its parent), but it is \"String!\".",
                "4:10", "4:18")])
    }

    @Test func rejectsARestrictionToNoRole() throws {
        try check.problems(
            Self.roles + "\ntype Client { notes: String @allow(roles: []) }",
            [ExpectedProblem("Field \"Client.notes\" is restricted by @allow to no role at all: nobody could read it.", "3:29")])
        try check.problems(
            "directive @allow(roles: [String!]) on FIELD_DEFINITION\ntype Client { a: Int @allow b: Int @allow(roles: null) c: Int @allow(roles: \"A\") }",
            [
                ExpectedProblem("Field \"Client.a\" is restricted by @allow to no role at all: nobody could read it.", "2:22"),
                ExpectedProblem("Field \"Client.b\" is restricted by @allow to no role at all: nobody could read it.", "2:36"),
            ])
    }

    @Test func requiresImplementationsOfARestrictedInterfaceFieldToBeRestricted() throws {
        try check.problems(
            Self.roles + "\ninterface Billable { amount: Int @allow(roles: [ORG_OWNER]) }\ntype Link implements Billable { amount: Int }",
            [ExpectedProblem("Field \"Link.amount\" implements \"Billable.amount\", which is restricted by @allow, so it must be restricted too.", "4:33")])
    }

    @Test func checksTheDeclaration() throws {
        try check.problems(
            "directive @allow(role: [String!]!) on FIELD_DEFINITION | OBJECT",
            [
                ExpectedProblem("Permission directive \"@allow\" may only be declared on FIELD_DEFINITION, not on OBJECT: permissions are per field.", "1:58"),
                ExpectedProblem("Permission directive \"@allow\" must have a \"roles\" argument listing the roles that may read the field.", "1:12"),
            ])
        try check.problems(
            "directive @allow(roles: [Int!]!) on FIELD_DEFINITION",
            [ExpectedProblem("The \"roles\" argument of permission directive \"@allow\" must be a list of enum values or strings, but it is \"[Int!]!\".", "1:25")])
    }

    @Test func followsTheConfiguredDirectiveName() throws {
        try check.problems(
            "directive @requires(roles: [String!]!) on FIELD_DEFINITION\ntype Client { notes: String! @requires(roles: [\"A\"]) }",
            [ExpectedProblem(
                "Field \"Client.notes\" is restricted by @requires, so its type must be nullable (a refusal nulls this field alone, never its parent), but it is \"String!\".",
                "2:22", "2:30")],
            permissionDirective: "requires")
    }
}
