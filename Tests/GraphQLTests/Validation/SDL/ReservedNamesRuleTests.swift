import GraphQL
import Testing

@Suite struct ReservedNamesRuleTests {
    let check = SDLRuleTester(ReservedNamesRule())

    @Test func acceptsNamesWithOneUnderscore() throws {
        try check.valid("type Query { _count: Int a(_x: Int): Int } enum _E { _A } directive @_d(_a: Int) on FIELD_DEFINITION")
    }

    @Test func rejectsNamesStartingWithTwoUnderscores() throws {
        try check.problems(
            """
            type __Query { __a(__x: Int): Int }
            enum E { __A }
            input In { __f: Int }
            directive @__d(__a: Int) on FIELD_DEFINITION
            """,
            [
                ExpectedProblem("Name \"__Query\" must not begin with \"__\", which is reserved by GraphQL introspection.", "1:1"),
                ExpectedProblem("Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.", "1:16"),
                ExpectedProblem("Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection.", "1:20"),
                ExpectedProblem("Name \"__A\" must not begin with \"__\", which is reserved by GraphQL introspection.", "2:10"),
                ExpectedProblem("Name \"__f\" must not begin with \"__\", which is reserved by GraphQL introspection.", "3:12"),
                ExpectedProblem("Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection.", "4:1"),
                ExpectedProblem("Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.", "4:16"),
            ])
    }
}
