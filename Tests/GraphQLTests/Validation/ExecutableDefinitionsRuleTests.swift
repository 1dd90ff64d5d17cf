import GraphQL
import Testing

@Suite struct ExecutableDefinitionsRuleTests {
    let check = RuleTester(ExecutableDefinitionsRule())

    @Test func acceptsAnOperationAlone() throws {
        try check.valid("""
              query Foo {
                dog {
                  name
                }
              }
        """)
    }

    @Test func acceptsOperationsAndFragments() throws {
        try check.valid("""
              query Foo {
                dog {
                  name
                  ...Frag
                }
              }

              fragment Frag on Dog {
                name
              }
        """)
    }

    @Test func rejectsTypeDefinitionsAndExtensions() throws {
        try check.errors("""
              query Foo {
                dog {
                  name
                }
              }

              type Cow {
                name: String
              }

              extend type Dog {
                color: String
              }
        """, [
            ExpectedError("The \"Cow\" definition is not executable.", (8, 7)),
            ExpectedError("The \"Dog\" definition is not executable.", (12, 7)),
        ])
    }

    @Test func rejectsSchemaDefinitionsAndExtensions() throws {
        try check.errors("""
              schema {
                query: Query
              }

              type Query {
                test: String
              }

              extend schema @directive
        """, [
            ExpectedError("The schema definition is not executable.", (2, 7)),
            ExpectedError("The \"Query\" definition is not executable.", (6, 7)),
            ExpectedError("The schema definition is not executable.", (10, 7)),
        ])
    }

    @Test func rejectsDirectiveDefinitions() throws {
        try check.errors("""
              directive @cached on FIELD
              { dog { name } }
        """, [
            ExpectedError("The \"cached\" definition is not executable.", (2, 7)),
        ])
    }
}
