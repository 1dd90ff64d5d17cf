import GraphQL
import Testing

@Suite struct LoneAnonymousOperationRuleTests {
    let check = RuleTester(LoneAnonymousOperationRule())

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

    @Test func acceptsSeveralNamedOperations() throws {
        try check.valid("""
              query Foo {
                field
              }

              query Bar {
                field
              }
        """)
    }

    @Test func acceptsAnAnonymousOperationWithAFragment() throws {
        try check.valid("""
              {
                ...Foo
              }
              fragment Foo on Type {
                field
              }
        """)
    }

    @Test func rejectsTwoAnonymousOperations() throws {
        try check.errors("""
              {
                fieldA
              }
              {
                fieldB
              }
        """, [
            ExpectedError("This anonymous operation must be the only defined operation.", (2, 7)),
            ExpectedError("This anonymous operation must be the only defined operation.", (5, 7)),
        ])
    }

    @Test func rejectsAnAnonymousOperationBesideAMutation() throws {
        try check.errors("""
              {
                fieldA
              }
              mutation Foo {
                fieldB
              }
        """, [
            ExpectedError("This anonymous operation must be the only defined operation.", (2, 7)),
        ])
    }

    @Test func rejectsAnAnonymousOperationBesideASubscription() throws {
        try check.errors("""
              {
                fieldA
              }
              subscription Foo {
                fieldB
              }
        """, [
            ExpectedError("This anonymous operation must be the only defined operation.", (2, 7)),
        ])
    }
}
