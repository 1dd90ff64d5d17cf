import GraphQL
import Testing

@Suite struct KnownOperationTypesRuleTests {
    let check = RuleTester(KnownOperationTypesRule())

    @Test func acceptsAQuery() throws {
        try check.valid("""
              { field }
        """)
    }

    @Test func rejectsAMutationWithoutAMutationType() throws {
        try check.errors("""
              mutation { field }
        """, [
            ExpectedError("The mutation operation is not supported by the schema.", (2, 7)),
        ])
    }

    @Test func rejectsASubscriptionWithoutASubscriptionType() throws {
        try check.errors("""
              subscription { field }
        """, [
            ExpectedError("The subscription operation is not supported by the schema.", (2, 7)),
        ])
    }

    @Test func reportsEachUnsupportedOperation() throws {
        try check.errors("""
              query { field }
              mutation { field }
              subscription { field }
        """, [
            ExpectedError("The mutation operation is not supported by the schema.", (3, 7)),
            ExpectedError("The subscription operation is not supported by the schema.", (4, 7)),
        ])
    }

    @Test func acceptsOperationsTheSchemaSupports() throws {
        let schema = TestSchema.make(
            query: "Query",
            mutation: "Mutation",
            subscription: "Subscription",
            types: [
                TestSchema.object("Query", [TestSchema.field("field", "String")]),
                TestSchema.object("Mutation", [TestSchema.field("field", "String")]),
                TestSchema.object("Subscription", [TestSchema.field("field", "String")]),
            ]
        )
        try check.valid("""
              query { field }
              mutation { field }
              subscription { field }
        """, schema: schema)
    }
}
