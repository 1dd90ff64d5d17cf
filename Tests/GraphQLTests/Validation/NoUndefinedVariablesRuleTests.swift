import GraphQL
import Testing

@Suite struct NoUndefinedVariablesRuleTests {
    let check = RuleTester(NoUndefinedVariablesRule())

    @Test(arguments: [
        // all defined
        """
              query Foo($a: String, $b: String, $c: String) {
                field(a: $a, b: $b, c: $c)
              }
        """,
        // all defined, used deeply
        """
              query Foo($a: String, $b: String, $c: String) {
                field(a: $a) {
                  field(b: $b) {
                    field(c: $c)
                  }
                }
              }
        """,
        // used deeply in inline fragments
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
        // used in fragments
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
        // a fragment used by two operations that both define its variable
        """
              query Foo($a: String) {
                ...FragA
              }
              query Bar($a: String) {
                ...FragA
              }
              fragment FragA on Type {
                field(a: $a)
              }
        """,
        // fragments used by different operations
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
        // a recursive fragment
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
        // in directives, lists and objects
        """
              query Foo($a: Boolean!, $b: Int, $c: String) {
                field(list: [$b], object: { c: $c }) @include(if: $a)
              }
        """,
    ])
    func acceptsDefinedVariables(query: String) throws {
        try check.valid(query)
    }

    @Test func rejectsAnUndefinedVariable() throws {
        try check.errors("""
              query Foo($a: String, $b: String, $c: String) {
                field(a: $a, b: $b, c: $c, d: $d)
              }
        """, [
            ExpectedError("Variable \"$d\" is not defined by operation \"Foo\".", (3, 39), (2, 7)),
        ])
    }

    @Test func rejectsAVariableOfAnAnonymousQuery() throws {
        try check.errors("""
              {
                field(a: $a)
              }
        """, [
            ExpectedError("Variable \"$a\" is not defined.", (3, 18), (2, 7)),
        ])
    }

    @Test func rejectsSeveralUndefinedVariables() throws {
        try check.errors("""
              query Foo($b: String) {
                field(a: $a, b: $b, c: $c)
              }
        """, [
            ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (3, 18), (2, 7)),
            ExpectedError("Variable \"$c\" is not defined by operation \"Foo\".", (3, 32), (2, 7)),
        ])
    }

    @Test func rejectsAVariableOfAFragmentOfAnAnonymousQuery() throws {
        try check.errors("""
              {
                ...FragA
              }
              fragment FragA on Type {
                field(a: $a)
              }
        """, [
            ExpectedError("Variable \"$a\" is not defined.", (6, 18), (2, 7)),
        ])
    }

    @Test func rejectsAVariableOfADeepFragment() throws {
        try check.errors("""
              query Foo($a: String, $b: String) {
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
        """, [
            ExpectedError("Variable \"$c\" is not defined by operation \"Foo\".", (16, 18), (2, 7)),
        ])
    }

    @Test func rejectsSeveralVariablesOfFragments() throws {
        try check.errors("""
              query Foo($b: String) {
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
        """, [
            ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (6, 18), (2, 7)),
            ExpectedError("Variable \"$c\" is not defined by operation \"Foo\".", (16, 18), (2, 7)),
        ])
    }

    @Test func reportsAFragmentVariableForEachOperation() throws {
        try check.errors("""
              query Foo($a: String) {
                ...FragAB
              }
              query Bar($a: String) {
                ...FragAB
              }
              fragment FragAB on Type {
                field(a: $a, b: $b)
              }
        """, [
            ExpectedError("Variable \"$b\" is not defined by operation \"Foo\".", (9, 25), (2, 7)),
            ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (9, 25), (5, 7)),
        ])
    }

    @Test func reportsDifferentFragmentVariablesForDifferentOperations() throws {
        try check.errors("""
              query Foo($b: String) {
                ...FragAB
              }
              query Bar($a: String) {
                ...FragAB
              }
              fragment FragAB on Type {
                field(a: $a, b: $b)
              }
        """, [
            ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (9, 18), (2, 7)),
            ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (9, 25), (5, 7)),
        ])
    }

    @Test func rejectsAVariableDefinedOnlyByAnotherOperation() throws {
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
            ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (9, 18), (2, 7)),
            ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (12, 18), (5, 7)),
        ])
    }

    @Test func reportsEveryUseOfAnUndefinedVariable() throws {
        try check.errors("""
              query Foo($b: String) {
                ...FragAB
              }
              query Bar($a: String) {
                ...FragAB
              }
              fragment FragAB on Type {
                field1(a: $a, b: $b)
                ...FragC
                field3(a: $a, b: $b)
              }
              fragment FragC on Type {
                field2(c: $c)
              }
        """, [
            ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (9, 19), (2, 7)),
            ExpectedError("Variable \"$a\" is not defined by operation \"Foo\".", (11, 19), (2, 7)),
            ExpectedError("Variable \"$c\" is not defined by operation \"Foo\".", (14, 19), (2, 7)),
            ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (9, 26), (5, 7)),
            ExpectedError("Variable \"$b\" is not defined by operation \"Bar\".", (11, 26), (5, 7)),
            ExpectedError("Variable \"$c\" is not defined by operation \"Bar\".", (14, 19), (5, 7)),
        ])
    }
}
