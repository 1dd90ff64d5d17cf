import GraphQL
import Testing

@Suite struct SingleFieldSubscriptionsRuleTests {
    /// graphql-js's schema for this rule.
    static let schema = TestSchema.make(
        query: "QueryRoot",
        subscription: "SubscriptionRoot",
        types: [
            TestSchema.object("Message", [TestSchema.field("body", "String"), TestSchema.field("sender", "String")]),
            TestSchema.object("SubscriptionRoot", [
                TestSchema.field("importantEmails", "[String]"),
                TestSchema.field("notImportantEmails", "[String]"),
                TestSchema.field("moreImportantEmails", "[String]"),
                TestSchema.field("spamEmails", "[String]"),
                TestSchema.field("deletedEmails", "[String]"),
                TestSchema.field("newMessage", "Message"),
            ]),
            TestSchema.object("QueryRoot", [TestSchema.field("dummy", "String")]),
        ]
    )

    let check = RuleTester(SingleFieldSubscriptionsRule(), schema: schema)

    @Test(arguments: [
        // one field
        """
              subscription ImportantEmails {
                importantEmails
              }
        """,
        // one field from a fragment
        """
              subscription sub {
                ...newMessageFields
              }

              fragment newMessageFields on SubscriptionRoot {
                newMessage {
                  body
                  sender
                }
              }
        """,
        // the same field directly and from a fragment
        """
              subscription sub {
                newMessage {
                  body
                }
                ...newMessageFields
              }

              fragment newMessageFields on SubscriptionRoot {
                newMessage {
                  body
                  sender
                }
              }
        """,
        // a fragment spreading itself
        """
              subscription NoInfiniteLoop {
                ...A
              }
              fragment A on SubscriptionRoot {
                ...A
              }
        """,
        // conditions below the top level
        """
              subscription S {
                newMessage { body @skip(if: true) }
              }
        """,
    ])
    func acceptsOneRootField(query: String) throws {
        try check.valid(query)
    }

    @Test func rejectsTwoRootFields() throws {
        try check.errors("""
              subscription ImportantEmails {
                importantEmails
                notImportantEmails
              }
        """, [
            ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (4, 9)),
        ])
    }

    @Test func rejectsTwoRootFieldsOneOfThemIntrospection() throws {
        try check.errors("""
              subscription ImportantEmails {
                importantEmails
                __typename
              }
        """, [
            ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (4, 9)),
            ExpectedError("Subscription \"ImportantEmails\" must not select an introspection top level field.", (4, 9)),
        ])
    }

    @Test func rejectsAnAliasedIntrospectionFieldFromAFragment() throws {
        try check.errors("""
              subscription ImportantEmails {
                importantEmails
                ...Introspection
              }
              fragment Introspection on SubscriptionRoot {
                typename: __typename
              }
        """, [
            ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (7, 9)),
            ExpectedError("Subscription \"ImportantEmails\" must not select an introspection top level field.", (7, 9)),
        ])
    }

    @Test func reportsEveryExtraRootField() throws {
        try check.errors("""
              subscription ImportantEmails {
                importantEmails
                notImportantEmails
                spamEmails
              }
        """, [
            ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (4, 9), (5, 9)),
        ])
    }

    @Test func reportsExtraRootFieldsFromFragments() throws {
        try check.errors("""
              subscription ImportantEmails {
                importantEmails
                ... {
                  more: moreImportantEmails
                }
                ...NotImportantEmails
              }
              fragment NotImportantEmails on SubscriptionRoot {
                notImportantEmails
                deleted: deletedEmails
                ...SpamEmails
              }
              fragment SpamEmails on SubscriptionRoot {
                spamEmails
              }
        """, [
            ExpectedError("Subscription \"ImportantEmails\" must select only one top level field.", (5, 11), (10, 9), (11, 9), (15, 9)),
        ])
    }

    @Test func reportsExtraRootFieldsFromFragmentsOfAnAnonymousSubscription() throws {
        try check.errors("""
              subscription {
                importantEmails
                ... {
                  more: moreImportantEmails
                  ...NotImportantEmails
                }
                ...NotImportantEmails
              }
              fragment NotImportantEmails on SubscriptionRoot {
                notImportantEmails
                deleted: deletedEmails
                ... {
                  ... {
                    archivedEmails
                  }
                }
                ...SpamEmails
              }
              fragment SpamEmails on SubscriptionRoot {
                spamEmails
                ...NonExistentFragment
              }
        """, [
            ExpectedError("Anonymous Subscription must select only one top level field.", (5, 11), (11, 9), (12, 9), (15, 13), (21, 9)),
        ])
    }

    @Test func rejectsTwoRootFieldsOfAnAnonymousSubscription() throws {
        try check.errors("""
              subscription {
                importantEmails
                notImportantEmails
              }
        """, [
            ExpectedError("Anonymous Subscription must select only one top level field.", (4, 9)),
        ])
    }

    @Test func rejectsAnIntrospectionField() throws {
        try check.errors("""
              subscription ImportantEmails {
                __typename
              }
        """, [
            ExpectedError("Subscription \"ImportantEmails\" must not select an introspection top level field.", (3, 9)),
        ])
    }

    @Test func rejectsAnIntrospectionFieldOfAnAnonymousSubscription() throws {
        try check.errors("""
              subscription {
                __typename
              }
        """, [
            ExpectedError("Anonymous Subscription must not select an introspection top level field.", (3, 9)),
        ])
    }

    @Test func rejectsSkipAndIncludeAtTheTopLevel() throws {
        try check.errors("""
              subscription RequiredRuntimeValidation($bool: Boolean!) {
                newMessage @include(if: $bool) {
                  body
                  sender
                }
                disallowedSecondRootField @skip(if: $bool)
              }
        """, [
            ExpectedError(
                "Subscription \"RequiredRuntimeValidation\" must not use `@skip` or `@include` directives in the top level selection.",
                (3, 20), (7, 35)
            ),
        ])
    }

    @Test func rejectsSkipAndIncludeAtTheTopLevelOfAnAnonymousSubscription() throws {
        try check.errors("""
              subscription ($bool: Boolean!) {
                newMessage @include(if: $bool) {
                  body
                  sender
                }
                disallowedSecondRootField @skip(if: $bool)
              }
        """, [
            ExpectedError(
                "Anonymous Subscription must not use `@skip` or `@include` directives in the top level selection.",
                (3, 20), (7, 35)
            ),
        ])
    }

    @Test func rejectsConditionsOnTopLevelFragments() throws {
        try check.errors("""
              subscription S {
                ...F @skip(if: false)
                ... @include(if: true) { newMessage { body } }
              }
              fragment F on SubscriptionRoot { importantEmails @skip(if: true) }
        """, [
            ExpectedError(
                "Subscription \"S\" must not use `@skip` or `@include` directives in the top level selection.",
                (3, 14), (6, 56), (4, 13)
            ),
        ])
    }

    @Test func ignoresSubscriptionsWhenTheSchemaHasNone() throws {
        try check.valid("""
              subscription {
                __typename
              }
        """, schema: TestSchema.make(query: "Query", types: [TestSchema.object("Query", [TestSchema.field("dummy", "String")])]))
    }
}
