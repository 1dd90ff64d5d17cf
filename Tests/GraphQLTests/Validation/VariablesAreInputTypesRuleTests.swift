import GraphQL
import Testing

@Suite struct VariablesAreInputTypesRuleTests {
    let check = RuleTester(VariablesAreInputTypesRule())

    @Test func ignoresUnknownTypes() throws {
        try check.valid("""
              query Foo($a: Unknown, $b: [[Unknown!]]!) {
                field(a: $a, b: $b)
              }
        """)
    }

    @Test func acceptsInputTypes() throws {
        try check.valid("""
              query Foo($a: String, $b: [Boolean!]!, $c: ComplexInput) {
                field(a: $a, b: $b, c: $c)
              }
        """)
    }

    @Test func rejectsOutputTypes() throws {
        try check.errors("""
              query Foo($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) {
                field(a: $a, b: $b, c: $c)
              }
        """, [
            ExpectedError("Variable \"$a\" cannot be non-input type \"Dog\".", (2, 21)),
            ExpectedError("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (2, 30)),
            ExpectedError("Variable \"$c\" cannot be non-input type \"Pet\".", (2, 50)),
        ])
    }
}
