import GraphQL
import Testing

@Suite struct KnownTypeNamesRuleTests {
    let check = RuleTester(KnownTypeNamesRule())

    @Test func acceptsKnownTypeNames() throws {
        try check.valid("""
              query Foo(
                $var: String
                $required: [Int!]!
                $introspectionType: __EnumValue
              ) {
                user(id: 4) {
                  pets { ... on Pet { name }, ...PetFields, ... { name } }
                }
              }

              fragment PetFields on Pet {
                name
              }
        """)
    }

    @Test func rejectsUnknownTypeNamesWithSuggestions() throws {
        try check.errors("""
              query Foo($var: [JumbledUpLetters!]!) {
                user(id: 4) {
                  name
                  pets { ... on Badger { name }, ...PetFields }
                }
              }
              fragment PetFields on Peat {
                name
              }
        """, [
            ExpectedError("Unknown type \"JumbledUpLetters\".", (2, 24)),
            ExpectedError("Unknown type \"Badger\".", (5, 25)),
            ExpectedError("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (8, 29)),
        ])
    }

    @Test func rejectsStandardScalarsTheSchemaLacks() throws {
        let schema = Schema(
            queryType: "Query",
            types: [TestSchema.object("Query", [TestSchema.field("foo", "String")]), TestSchema.scalar("String")],
            directives: []
        )
        try check.errors("""
              query ($id: ID, $float: Float) {
                __typename
              }
        """, [
            ExpectedError("Unknown type \"ID\".", (2, 19)),
            ExpectedError("Unknown type \"Float\".", (2, 31)),
        ], schema: schema)
    }
}
