import GraphQL
import Testing

@Suite struct KnownTypeNamesInSDLRuleTests {
    let check = SDLRuleTester(KnownTypeNamesInSDLRule())

    @Test func acceptsDefinedBuiltInAndOtherModulesTypes() throws {
        try check.valid(
            """
            type Query { client(id: ID!): Client types: __Type }
            union Result = Client
            directive @d(arg: Filter) on FIELD_DEFINITION
            """,
            "type Client { name: String } input Filter { a: Int }")
    }

    @Test func rejectsUnknownTypesEverywhereTheyAreReferenced() throws {
        try check.problems(
            """
            schema { query: Quer }
            type Query implements Nod {
              client(filter: ClientFiltr): [Clent!]!
            }
            type Client { a: Int }
            input ClientFilter { status: Statu }
            union U = Foo
            directive @d(arg: Bar) on FIELD_DEFINITION
            """,
            [
                ExpectedProblem("Unknown type \"Quer\". Did you mean \"Query\"?", "1:17"),
                ExpectedProblem("Unknown type \"Nod\". Did you mean \"ID\"?", "2:23"),
                ExpectedProblem("Unknown type \"ClientFiltr\". Did you mean \"ClientFilter\" or \"Client\"?", "3:18"),
                ExpectedProblem("Unknown type \"Clent\". Did you mean \"Client\", \"Float\", or \"Int\"?", "3:33"),
                ExpectedProblem("Unknown type \"Statu\".", "6:30"),
                ExpectedProblem("Unknown type \"Foo\".", "7:11"),
                ExpectedProblem("Unknown type \"Bar\".", "8:19"),
            ])
    }
}
