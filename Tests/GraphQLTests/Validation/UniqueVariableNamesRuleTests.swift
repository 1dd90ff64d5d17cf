import GraphQL
import Testing

@Suite struct UniqueVariableNamesRuleTests {
    let check = RuleTester(UniqueVariableNamesRule())

    @Test func acceptsDistinctNamesPerOperation() throws {
        try check.valid("""
              query A($x: Int, $y: String) { __typename }
              query B($x: String, $y: Int) { __typename }
        """)
    }

    @Test func rejectsDuplicateNamesAtEveryOccurrence() throws {
        try check.errors("""
              query A($x: Int, $x: Int, $x: String) { __typename }
              query B($x: String, $x: Int) { __typename }
              query C($x: Int, $x: Int) { __typename }
        """, [
            ExpectedError("There can be only one variable named \"$x\".", (2, 16), (2, 25), (2, 34)),
            ExpectedError("There can be only one variable named \"$x\".", (3, 16), (3, 28)),
            ExpectedError("There can be only one variable named \"$x\".", (4, 16), (4, 25)),
        ])
    }

    @Test func groupsEachDuplicatedName() throws {
        try check.errors("""
              query A($x: Int, $y: Int, $x: Int, $y: Int, $z: Int) { __typename }
        """, [
            ExpectedError("There can be only one variable named \"$x\".", (2, 16), (2, 34)),
            ExpectedError("There can be only one variable named \"$y\".", (2, 25), (2, 43)),
        ])
    }
}
