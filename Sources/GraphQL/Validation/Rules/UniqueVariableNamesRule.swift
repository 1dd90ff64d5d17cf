/// Variable Uniqueness: no two variables of an operation share a name.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Variable-Uniqueness
package struct UniqueVariableNamesRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { .enterOperation }

    package func enterOperation(_ operation: OperationDefinition, context: inout ValidationContext) {
        for (name, locations) in DuplicateNames.groups(operation.variableDefinitions.map(\.variable)) {
            context.report("There can be only one variable named \"$\(name)\".", at: locations)
        }
    }
}
