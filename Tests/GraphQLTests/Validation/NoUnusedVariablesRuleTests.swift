import GraphQL
import Testing

@Suite struct NoUnusedVariablesRuleTests {
    let check = RuleTester(NoUnusedVariablesRule())

    @Test(arguments: [
        // all used
        """
              query ($a: String, $b: String, $c: String) {
                field(a: $a, b: $b, c: $c)
              }
        """,
        // all used deeply
        """
              query Foo($a: String, $b: String, $c: String) {
                field(a: $a) {
                  field(b: $b) {
                    field(c: $c)
                  }
                }
              }
        """,
        // all used deeply in inline fragments
        """
              query Foo($a: String, $b: String, $c: String) {
                ... on Type {
                  field(a: $a) {
                    field(b: $b) {
                      ... on Type {
                        field(c: $c)
                      }
                    }
                  }
                }
              }
        """,
        // all used in fragments
        """
              query Foo($a: String, $b: String, $c: String) {
                ...FragA
              }
              fragment FragA on Type {
                field(a: $a) {
                  ...FragB
                }
              }
              fragment FragB on Type {
                field(b: $b) {
                  ...FragC
                }
              }
              fragment FragC on Type {
                field(c: $c)
              }
        """,
        // used by the fragments of several operations
        """
              query Foo($a: String) {
                ...FragA
              }
              query Bar($b: String) {
                ...FragB
              }
              fragment FragA on Type {
                field(a: $a)
              }
              fragment FragB on Type {
                field(b: $b)
              }
        """,
        // used by a recursive fragment
        """
              query Foo($a: String) {
                ...FragA
              }
              fragment FragA on Type {
                field(a: $a) {
                  ...FragA
                }
              }
        """,
        // used in a directive of the operation and of a spread
        """
              query Foo($a: Boolean!, $b: Boolean!) @onQuery(x: $a) {
                ...FragA @include(if: $b)
              }
              fragment FragA on Type {
                field
              }
        """,
    ])
    func acceptsUsedVariables(query: String) throws {
        try check.valid(query)
    }

    @Test func rejectsAnUnusedVariableOfAnAnonymousQuery() throws {
        try check.errors("""
              query ($a: String, $b: String, $c: String) {
                field(a: $a, b: $b)
              }
        """, [
            ExpectedError("Variable \"$c\" is never used.", (2, 38)),
        ])
    }

    @Test func rejectsSeveralUnusedVariables() throws {
        try check.errors("""
              query Foo($a: String, $b: String, $c: String) {
                field(b: $b)
              }
        """, [
            ExpectedError("Variable \"$a\" is never used in operation \"Foo\".", (2, 17)),
            ExpectedError("Variable \"$c\" is never used in operation \"Foo\".", (2, 41)),
        ])
    }

    @Test func rejectsAVariableNoFragmentUses() throws {
        try check.errors("""
              query Foo($a: String, $b: String, $c: String) {
                ...FragA
              }
              fragment FragA on Type {
                field(a: $a) {
                  ...FragB
                }
              }
              fragment FragB on Type {
                field(b: $b) {
                  ...FragC
                }
              }
              fragment FragC on Type {
                field
              }
        """, [
            ExpectedError("Variable \"$c\" is never used in operation \"Foo\".", (2, 41)),
        ])
    }

    @Test func rejectsSeveralVariablesNoFragmentUses() throws {
        try check.errors("""
              query Foo($a: String, $b: String, $c: String) {
                ...FragA
              }
              fragment FragA on Type {
                field {
                  ...FragB
                }
              }
              fragment FragB on Type {
                field(b: $b) {
                  ...FragC
                }
              }
              fragment FragC on Type {
                field
              }
        """, [
            ExpectedError("Variable \"$a\" is never used in operation \"Foo\".", (2, 17)),
            ExpectedError("Variable \"$c\" is never used in operation \"Foo\".", (2, 41)),
        ])
    }

    @Test func rejectsAVariableUsedOnlyByAnUnreferencedFragment() throws {
        try check.errors("""
              query Foo($b: String) {
                ...FragA
              }
              fragment FragA on Type {
                field(a: $a)
              }
              fragment FragB on Type {
                field(b: $b)
              }
        """, [
            ExpectedError("Variable \"$b\" is never used in operation \"Foo\".", (2, 17)),
        ])
    }

    @Test func rejectsAVariableUsedOnlyByAnotherOperationsFragment() throws {
        try check.errors("""
              query Foo($b: String) {
                ...FragA
              }
              query Bar($a: String) {
                ...FragB
              }
              fragment FragA on Type {
                field(a: $a)
              }
              fragment FragB on Type {
                field(b: $b)
              }
        """, [
            ExpectedError("Variable \"$b\" is never used in operation \"Foo\".", (2, 17)),
            ExpectedError("Variable \"$a\" is never used in operation \"Bar\".", (5, 17)),
        ])
    }
}
