/// Variable Uniqueness: no two variables of an operation share a name.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Variable-Uniqueness
package struct UniqueVariableNamesRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { .enterOperation }

    package func enterOperation(_ operation: OperationDefinition, context: inout ValidationContext) {
        let definitions = operation.variableDefinitions
        guard definitions.count > 1, DuplicateNames.hasDuplicate(definitions.map(\.variable)) else { return }
        // Reported at the names, after the `$`, as graphql-js reports them.
        let names = operation.variableDefinitions.map { definition in
            let variable = definition.variable
            let start = variable.location.end - variable.value.utf8.count
            return Name(variable.value, location: Location(start: start, end: variable.location.end))
        }
        for (name, locations) in DuplicateNames.groups(names) {
            context.report("There can be only one variable named \"$\(name)\".", at: locations)
        }
    }
}
