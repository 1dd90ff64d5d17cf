import GraphQL
import Testing

@Suite struct UniqueOperationNamesRuleTests {
    let check = RuleTester(UniqueOperationNamesRule())

    @Test func acceptsADocumentWithoutOperations() throws {
        try check.valid("""
              fragment fragA on Type {
                field
              }
        """)
    }

    @Test func acceptsOneAnonymousOperation() throws {
        try check.valid("""
              {
                field
              }
        """)
    }

    @Test func acceptsOneNamedOperation() throws {
        try check.valid("""
              query Foo {
                field
              }
        """)
    }

    @Test func acceptsOperationsWithDifferentNames() throws {
        try check.valid("""
              query Foo {
                field
              }

              query Bar {
                field
              }
        """)
    }

    @Test func acceptsOperationsOfDifferentTypesWithDifferentNames() throws {
        try check.valid("""
              query Foo {
                field
              }

              mutation Bar {
                field
              }

              subscription Baz {
                field
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

    @Test func rejectsTwoQueriesWithTheSameName() throws {
        try check.errors("""
              query Foo {
                fieldA
              }
              query Foo {
                fieldB
              }
        """, [
            ExpectedError("There can be only one operation named \"Foo\".", (2, 13), (5, 13)),
        ])
    }

    @Test func rejectsAMutationNamedLikeAQuery() throws {
        try check.errors("""
              query Foo {
                fieldA
              }
              mutation Foo {
                fieldB
              }
        """, [
            ExpectedError("There can be only one operation named \"Foo\".", (2, 13), (5, 16)),
        ])
    }

    @Test func rejectsASubscriptionNamedLikeAQuery() throws {
        try check.errors("""
              query Foo {
                fieldA
              }
              subscription Foo {
                fieldB
              }
        """, [
            ExpectedError("There can be only one operation named \"Foo\".", (2, 13), (5, 20)),
        ])
    }

    @Test func reportsEachLaterDuplicateAgainstTheFirst() throws {
        try check.errors("""
              query Foo { a }
              query Foo { b }
              query Foo { c }
        """, [
            ExpectedError("There can be only one operation named \"Foo\".", (2, 13), (3, 13)),
            ExpectedError("There can be only one operation named \"Foo\".", (2, 13), (4, 13)),
        ])
    }
}
