import GraphQL
import Testing

@Suite struct NoUnusedFragmentsRuleTests {
    let check = RuleTester(NoUnusedFragmentsRule())

    /// Two operations using three fragments; a test appends unused ones.
    private static let usedFragments = """
              query Foo {
                human(id: 4) {
                  ...HumanFields1
                }
              }
              query Bar {
                human(id: 4) {
                  ...HumanFields2
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

        """

    @Test func acceptsFragmentsUsedDirectlyOrThroughOthers() throws {
        try check.valid("""
              {
                human(id: 4) {
                  ...HumanFields1
                  ... on Human {
                    ...HumanFields2
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

    @Test func acceptsFragmentsUsedBySeveralOperations() throws {
        try check.valid(Self.usedFragments)
    }

    @Test func rejectsUnusedFragments() throws {
        try check.errors(Self.usedFragments + """
              fragment Unused1 on Human {
                name
              }
              fragment Unused2 on Human {
                name
              }
        """, [
            ExpectedError("Fragment \"Unused1\" is never used.", (22, 7)),
            ExpectedError("Fragment \"Unused2\" is never used.", (25, 7)),
        ])
    }

    @Test func rejectsUnusedFragmentsThatSpreadEachOther() throws {
        try check.errors(Self.usedFragments + """
              fragment Unused1 on Human {
                name
                ...Unused2
              }
              fragment Unused2 on Human {
                name
                ...Unused1
              }
        """, [
            ExpectedError("Fragment \"Unused1\" is never used.", (22, 7)),
            ExpectedError("Fragment \"Unused2\" is never used.", (26, 7)),
        ])
    }

    @Test func ignoresSpreadsOfUndefinedFragments() throws {
        try check.errors("""
              query Foo {
                human(id: 4) {
                  ...bar
                }
              }
              fragment foo on Human {
                name
              }
        """, [
            ExpectedError("Fragment \"foo\" is never used.", (7, 7)),
        ])
    }
}
