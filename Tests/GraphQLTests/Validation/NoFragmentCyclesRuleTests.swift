import GraphQL
import Testing

@Suite struct NoFragmentCyclesRuleTests {
    let check = RuleTester(NoFragmentCyclesRule())

    @Test(arguments: [
        // a single reference
        """
              fragment fragA on Dog { ...fragB }
              fragment fragB on Dog { name }
        """,
        // spreading twice
        """
              fragment fragA on Dog { ...fragB, ...fragB }
              fragment fragB on Dog { name }
        """,
        // spreading twice indirectly
        """
              fragment fragA on Dog { ...fragB, ...fragC }
              fragment fragB on Dog { ...fragC }
              fragment fragC on Dog { name }
        """,
        // a double spread within abstract types
        """
              fragment nameFragment on Pet {
                ... on Dog { name }
                ... on Cat { name }
              }

              fragment spreadsInAnon on Pet {
                ... on Dog { ...nameFragment }
                ... on Cat { ...nameFragment }
              }
        """,
        // an unknown fragment
        """
              fragment nameFragment on Pet {
                ...UnknownFragment
              }
        """,
    ])
    func acceptsSpreadsWithoutCycles(query: String) throws {
        try check.valid(query)
    }

    @Test func rejectsASpreadOfItselfWithinAField() throws {
        try check.errors("""
              fragment fragA on Human { relatives { ...fragA } },
        """, [
            ExpectedError("Cannot spread fragment \"fragA\" within itself.", (2, 45)),
        ])
    }

    @Test func rejectsASpreadOfItself() throws {
        try check.errors("""
              fragment fragA on Dog { ...fragA }
        """, [
            ExpectedError("Cannot spread fragment \"fragA\" within itself.", (2, 31)),
        ])
    }

    @Test func rejectsASpreadOfItselfWithinAnInlineFragment() throws {
        try check.errors("""
              fragment fragA on Pet {
                ... on Dog {
                  ...fragA
                }
              }
        """, [
            ExpectedError("Cannot spread fragment \"fragA\" within itself.", (4, 11)),
        ])
    }

    @Test func rejectsAnIndirectCycle() throws {
        try check.errors("""
              fragment fragA on Dog { ...fragB }
              fragment fragB on Dog { ...fragA }
        """, [
            ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (2, 31), (3, 31)),
        ])
    }

    @Test func reportsAnIndirectCycleFromTheFirstFragmentDefined() throws {
        try check.errors("""
              fragment fragB on Dog { ...fragA }
              fragment fragA on Dog { ...fragB }
        """, [
            ExpectedError("Cannot spread fragment \"fragB\" within itself via \"fragA\".", (2, 31), (3, 31)),
        ])
    }

    @Test func rejectsAnIndirectCycleThroughInlineFragments() throws {
        try check.errors("""
              fragment fragA on Pet {
                ... on Dog {
                  ...fragB
                }
              }
              fragment fragB on Pet {
                ... on Dog {
                  ...fragA
                }
              }
        """, [
            ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (4, 11), (9, 11)),
        ])
    }

    @Test func rejectsDeepCycles() throws {
        try check.errors("""
              fragment fragA on Dog { ...fragB }
              fragment fragB on Dog { ...fragC }
              fragment fragC on Dog { ...fragO }
              fragment fragX on Dog { ...fragY }
              fragment fragY on Dog { ...fragZ }
              fragment fragZ on Dog { ...fragO }
              fragment fragO on Dog { ...fragP }
              fragment fragP on Dog { ...fragA, ...fragX }
        """, [
            ExpectedError(
                "Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\", \"fragO\", \"fragP\".",
                (2, 31), (3, 31), (4, 31), (8, 31), (9, 31)
            ),
            ExpectedError(
                "Cannot spread fragment \"fragO\" within itself via \"fragP\", \"fragX\", \"fragY\", \"fragZ\".",
                (8, 31), (9, 41), (5, 31), (6, 31), (7, 31)
            ),
        ])
    }

    @Test func reportsEachOfTwoPaths() throws {
        try check.errors("""
              fragment fragA on Dog { ...fragB, ...fragC }
              fragment fragB on Dog { ...fragA }
              fragment fragC on Dog { ...fragA }
        """, [
            ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\".", (2, 31), (3, 31)),
            ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (2, 41), (4, 31)),
        ])
    }

    @Test func reportsEachOfTwoPathsInTheOtherTraversalOrder() throws {
        try check.errors("""
              fragment fragA on Dog { ...fragC }
              fragment fragB on Dog { ...fragC }
              fragment fragC on Dog { ...fragA, ...fragB }
        """, [
            ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragC\".", (2, 31), (4, 31)),
            ExpectedError("Cannot spread fragment \"fragC\" within itself via \"fragB\".", (4, 41), (3, 31)),
        ])
    }

    @Test func reportsDeepAndImmediateCycles() throws {
        try check.errors("""
              fragment fragA on Dog { ...fragB }
              fragment fragB on Dog { ...fragB, ...fragC }
              fragment fragC on Dog { ...fragA, ...fragB }
        """, [
            ExpectedError("Cannot spread fragment \"fragB\" within itself.", (3, 31)),
            ExpectedError("Cannot spread fragment \"fragA\" within itself via \"fragB\", \"fragC\".", (2, 31), (3, 41), (4, 31)),
            ExpectedError("Cannot spread fragment \"fragB\" within itself via \"fragC\".", (3, 41), (4, 41)),
        ])
    }

    @Test func handlesALongChainInLinearTime() throws {
        // 1,500 fragments (as many as the default token limit allows), each spreading the next, the
        // last spreading the first: one cycle.
        let count = 1_500
        var text = ""
        for index in 0..<count {
            text += "fragment f\(index) on Dog { ...f\((index + 1) % count) }\n"
        }
        let errors = try ValidationHarness.errors(NoFragmentCyclesRule(), text)
        #expect(errors.count == 1)
        #expect(errors.first?.locations.count == count)
    }
}
