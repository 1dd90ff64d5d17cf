import GraphQL
import Testing

/// The rule skips fragments whose text has no `$`: a `$` that is no variable must change
/// nothing, and fragments built in code, which have no text, must still be looked into.
extension NoUndefinedVariablesRuleTests {
    @Test func acceptsADollarInAStringOfAFragment() throws {
        try check.valid("""
              {
                ...FragA
              }
              fragment FragA on Type {
                field(a: "$a")
              }
        """)
    }

    @Test func rejectsAVariableOfAFragmentBuiltInCode() {
        let fragment = FragmentDefinition(
            name: Name("FragA"),
            typeCondition: NamedTypeNode(name: Name("Type")),
            selectionSet: SelectionSet(selections: [
                .field(Field(name: Name("field"), arguments: [Argument(name: Name("a"), value: ValueNode(.variable("a")))])),
            ])
        )
        let operation = OperationDefinition(
            operation: .query,
            selectionSet: SelectionSet(selections: [.fragmentSpread(FragmentSpread(name: Name("FragA")))])
        )
        let document = Document(definitions: [.operation(operation), .fragment(fragment)])
        let errors = Validator.validate(document, source: Source(""), schema: TestSchema.standard, rules: [NoUndefinedVariablesRule()])
        #expect(errors.map(\.message) == ["Variable \"$a\" is not defined."])
    }
}
