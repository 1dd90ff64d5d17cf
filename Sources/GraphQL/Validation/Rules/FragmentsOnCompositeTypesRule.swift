/// Fragments On Composite Types: a fragment's type condition is an object, interface or union,
/// the only types that have fields to select.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Fragments-On-Composite-Types
package struct FragmentsOnCompositeTypesRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { [.enterFragment, .enterInlineFragment] }

    package func enterInlineFragment(_ fragment: InlineFragment, context: inout ValidationContext) {
        guard let condition = fragment.typeCondition, isNonComposite(condition, context.schema) else { return }
        context.report("Fragment cannot condition on non composite type \"\(condition.name.value)\".", at: [condition.location])
    }

    package func enterFragment(_ fragment: FragmentDefinition, context: inout ValidationContext) {
        let condition = fragment.typeCondition
        guard isNonComposite(condition, context.schema) else { return }
        context.report(
            "Fragment \"\(fragment.name.value)\" cannot condition on non composite type \"\(condition.name.value)\".",
            at: [condition.location]
        )
    }

    /// Unknown types are KnownTypeNamesRule's to report.
    private func isNonComposite(_ condition: NamedTypeNode, _ schema: Schema) -> Bool {
        guard let type = schema.type(named: condition.name.value) else { return false }
        return !type.isComposite
    }
}
