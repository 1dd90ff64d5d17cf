import GraphQL
import Testing

@Suite struct UniqueArgumentNamesInSDLRuleTests {
    let check = SDLRuleTester(UniqueArgumentNamesInSDLRule())

    @Test func acceptsEachArgumentOnce() throws {
        try check.valid("type Query { a: Int @deprecated(reason: \"x\") }")
    }

    @Test func rejectsAnArgumentGivenTwice() throws {
        try check.problems(
            "type Query { a: Int @deprecated(reason: \"x\", reason: \"y\") }",
            [ExpectedProblem("There can be only one argument named \"reason\".", "1:33", "1:46")])
    }
}
