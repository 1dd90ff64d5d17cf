import GraphQL
import Testing

@Suite struct KnownFragmentNamesRuleTests {
    let check = RuleTester(KnownFragmentNamesRule())

    @Test func acceptsSpreadsOfDefinedFragments() throws {
        try check.valid("""
              {
                human(id: 4) {
                  ...HumanFields1
                  ... on Human {
                    ...HumanFields2
                  }
                  ... {
                    name
                  }
                }
              }
              fragment HumanFields1 on Human {
                name
                ...HumanFields3
              }
              fragment HumanFields2 on Human {
                name
              }
              fragment HumanFields3 on Human {
                name
              }
        """)
    }

    @Test func rejectsSpreadsOfUnknownFragments() throws {
        try check.errors("""
              {
                human(id: 4) {
                  ...UnknownFragment1
                  ... on Human {
                    ...UnknownFragment2
                  }
                }
              }
              fragment HumanFields on Human {
                name
                ...UnknownFragment3
              }
        """, [
            ExpectedError("Unknown fragment \"UnknownFragment1\".", (4, 14)),
            ExpectedError("Unknown fragment \"UnknownFragment2\".", (6, 16)),
            ExpectedError("Unknown fragment \"UnknownFragment3\".", (12, 12)),
        ])
    }
}
