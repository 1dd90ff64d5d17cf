import GraphQL
import Testing

@Suite struct KnownDirectivesRuleTests {
    /// graphql-js's schema for this rule: one directive per executable location.
    static let schema = TestSchema.make(
        query: "Query",
        types: [TestSchema.object("Query", [TestSchema.field("dummy", "String")])],
        directives: [
            TestSchema.directive("onQuery", [.query]),
            TestSchema.directive("onMutation", [.mutation]),
            TestSchema.directive("onSubscription", [.subscription]),
            TestSchema.directive("onField", [.field]),
            TestSchema.directive("onFragmentDefinition", [.fragmentDefinition]),
            TestSchema.directive("onFragmentSpread", [.fragmentSpread]),
            TestSchema.directive("onInlineFragment", [.inlineFragment]),
            TestSchema.directive("onVariableDefinition", [.variableDefinition]),
        ]
    )

    let check = RuleTester(KnownDirectivesRule(), schema: schema)

    @Test func acceptsADocumentWithoutDirectives() throws {
        try check.valid("""
              query Foo {
                name
                ...Frag
              }

              fragment Frag on Dog {
                name
              }
        """)
    }

    @Test func acceptsStandardDirectives() throws {
        try check.valid("""
              {
                human @skip(if: false) {
                  name
                  pets {
                    ... on Dog @include(if: true) {
                      name
                    }
                  }
                }
              }
        """)
    }

    @Test func rejectsAnUnknownDirective() throws {
        try check.errors("""
              {
                human @unknown(directive: "value") {
                  name
                }
              }
        """, [
            ExpectedError("Unknown directive \"@unknown\".", (3, 15)),
        ])
    }

    @Test func rejectsEachUnknownDirective() throws {
        try check.errors("""
              {
                __typename @unknown
                human @unknown {
                  name
                  pets @unknown {
                    name
                  }
                }
              }
        """, [
            ExpectedError("Unknown directive \"@unknown\".", (3, 20)),
            ExpectedError("Unknown directive \"@unknown\".", (4, 15)),
            ExpectedError("Unknown directive \"@unknown\".", (6, 16)),
        ])
    }

    @Test func acceptsDirectivesInTheirLocations() throws {
        try check.valid("""
              query ($var: Boolean @onVariableDefinition) @onQuery {
                human @onField {
                  ...Frag @onFragmentSpread
                  ... @onInlineFragment {
                    name @onField
                  }
                }
              }

              mutation @onMutation {
                someField @onField
              }

              subscription @onSubscription {
                someField @onField
              }

              fragment Frag on Human @onFragmentDefinition {
                name @onField
              }
        """)
    }

    @Test func rejectsDirectivesOutOfTheirLocations() throws {
        try check.errors("""
              query ($var: Boolean @onQuery) @onMutation {
                human @onQuery {
                  ...Frag @onQuery
                  ... @onQuery {
                    name @onQuery
                  }
                }
              }

              mutation @onQuery {
                someField @onQuery
              }

              subscription @onQuery {
                someField @onQuery
              }

              fragment Frag on Human @onQuery {
                name @onQuery
              }
        """, [
            ExpectedError("Directive \"@onQuery\" may not be used on VARIABLE_DEFINITION.", (2, 28)),
            ExpectedError("Directive \"@onMutation\" may not be used on QUERY.", (2, 38)),
            ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (3, 15)),
            ExpectedError("Directive \"@onQuery\" may not be used on FRAGMENT_SPREAD.", (4, 19)),
            ExpectedError("Directive \"@onQuery\" may not be used on INLINE_FRAGMENT.", (5, 15)),
            ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (6, 18)),
            ExpectedError("Directive \"@onQuery\" may not be used on MUTATION.", (11, 16)),
            ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (12, 19)),
            ExpectedError("Directive \"@onQuery\" may not be used on SUBSCRIPTION.", (15, 20)),
            ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (16, 19)),
            ExpectedError("Directive \"@onQuery\" may not be used on FRAGMENT_DEFINITION.", (19, 30)),
            ExpectedError("Directive \"@onQuery\" may not be used on FIELD.", (20, 14)),
        ])
    }

    @Test func rejectsASchemaDirectiveOnAField() throws {
        try check.errors("""
              { dummy @deprecated }
        """, [
            ExpectedError("Directive \"@deprecated\" may not be used on FIELD.", (2, 15)),
        ])
    }
}
