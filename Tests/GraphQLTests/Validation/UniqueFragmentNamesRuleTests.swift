import GraphQL
import Testing

@Suite struct UniqueFragmentNamesRuleTests {
    let check = RuleTester(UniqueFragmentNamesRule())

    @Test func acceptsADocumentWithoutFragments() throws {
        try check.valid("""
              {
                field
              }
        """)
    }

    @Test func acceptsOneFragment() throws {
        try check.valid("""
              {
                ...fragA
              }

              fragment fragA on Type {
                field
              }
        """)
    }

    @Test func acceptsFragmentsWithDifferentNames() throws {
        try check.valid("""
              {
                ...fragA
                ...fragB
                ...fragC
              }
              fragment fragA on Type {
                fieldA
              }
              fragment fragB on Type {
                fieldB
              }
              fragment fragC on Type {
                fieldC
              }
        """)
    }

    @Test func acceptsInlineFragments() throws {
        try check.valid("""
              {
                ...on Type {
                  fieldA
                }
                ...on Type {
                  fieldB
                }
              }
        """)
    }

    @Test func acceptsAFragmentNamedLikeAnOperation() throws {
        try check.valid("""
              query Foo {
                ...Foo
              }
              fragment Foo on Type {
                field
              }
        """)
    }

    @Test func rejectsFragmentsWithTheSameName() throws {
        try check.errors("""
              {
                ...fragA
              }
              fragment fragA on Type {
                fieldA
              }
              fragment fragA on Type {
                fieldB
              }
        """, [
            ExpectedError("There can be only one fragment named \"fragA\".", (5, 16), (8, 16)),
        ])
    }

    @Test func rejectsUnusedFragmentsWithTheSameName() throws {
        try check.errors("""
              fragment fragA on Type {
                fieldA
              }
              fragment fragA on Type {
                fieldB
              }
        """, [
            ExpectedError("There can be only one fragment named \"fragA\".", (2, 16), (5, 16)),
        ])
    }
}
