/// Type names used in a document (variable types and fragment type conditions) exist in the
/// schema, with graphql-js's "Did you mean" suggestions.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types
package struct KnownTypeNamesRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { [.enterVariableDefinition, .enterFragment, .enterInlineFragment] }

    package func enterVariableDefinition(_ definition: VariableDefinition, context: inout ValidationContext) {
        check(definition.type.namedType, context: &context)
    }

    package func enterFragment(_ fragment: FragmentDefinition, context: inout ValidationContext) {
        check(fragment.typeCondition, context: &context)
    }

    package func enterInlineFragment(_ fragment: InlineFragment, context: inout ValidationContext) {
        if let condition = fragment.typeCondition { check(condition, context: &context) }
    }

    private func check(_ node: NamedTypeNode, context: inout ValidationContext) {
        let name = node.name.value
        guard context.schema.type(named: name) == nil else { return }
        let suggestions = SuggestionList.suggestions(for: name, among: context.schema.typeNames)
        context.report("Unknown type \"\(name)\"." + SuggestionList.didYouMean(suggestions), at: [node.location])
    }
}
