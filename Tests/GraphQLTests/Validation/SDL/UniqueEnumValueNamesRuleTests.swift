import GraphQL
import Testing

@Suite struct UniqueEnumValueNamesRuleTests {
    let check = SDLRuleTester(UniqueEnumValueNamesRule())

    @Test func acceptsDistinctValues() throws {
        try check.valid("enum Status { ACTIVE INACTIVE }\nextend enum Status { SUSPENDED }")
    }

    @Test func rejectsAValueDefinedTwice() throws {
        try check.problems(
            """
            enum Status { ACTIVE ACTIVE }
            extend enum Status { INACTIVE ACTIVE }
            """,
            [
                ExpectedProblem("Enum value \"Status.ACTIVE\" can only be defined once.", "1:15", "1:22"),
                ExpectedProblem("Enum value \"Status.ACTIVE\" can only be defined once.", "1:15", "2:31"),
            ])
    }
}
