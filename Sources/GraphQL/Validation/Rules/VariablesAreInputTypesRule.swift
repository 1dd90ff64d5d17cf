/// Variables Are Input Types: a variable's type is a scalar, enum or input object, possibly
/// wrapped in lists and non-null.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types
package struct VariablesAreInputTypesRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { .enterVariableDefinition }

    package func enterVariableDefinition(_ definition: VariableDefinition, context: inout ValidationContext) {
        // Unknown types are KnownTypeNamesRule's to report.
        guard let type = context.schema.type(named: definition.type.namedType.name.value), !type.isInputType else { return }
        context.report(
            "Variable \"$\(definition.variable.value)\" cannot be non-input type \"\(definition.type)\".",
            at: [definition.type.location]
        )
    }
}
