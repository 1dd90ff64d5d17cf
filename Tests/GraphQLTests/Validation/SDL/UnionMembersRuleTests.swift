import GraphQL
import Testing

@Suite struct UnionMembersRuleTests {
    let check = SDLRuleTester(UnionMembersRule())

    @Test func acceptsObjectMembersAcrossExtensions() throws {
        try check.valid("union U = A\nextend union U = B\ntype A { a: Int }\ntype B { b: Int }")
    }

    @Test func requiresAMember() throws {
        try check.problems("union U", [ExpectedProblem("Union type U must define one or more member types.", "1:1")])
    }

    @Test func rejectsRepeatedAndNonObjectMembers() throws {
        try check.problems(
            """
            union U = A | I | A
            type A { a: Int }
            interface I { a: Int }
            """,
            [
                ExpectedProblem("Union type U can only include Object types, it cannot include I.", "1:15"),
                ExpectedProblem("Union type U can only include type A once.", "1:11", "1:19"),
            ])
    }
}
