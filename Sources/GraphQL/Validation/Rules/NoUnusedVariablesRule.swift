/// All Variables Used: every variable an operation defines is used, in its own selections or
/// in a fragment it reaches.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-All-Variables-Used
package struct NoUnusedVariablesRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { .leaveOperation }

    package func leaveOperation(_ operation: OperationDefinition, context: inout ValidationContext) {
        guard !operation.variableDefinitions.isEmpty else { return }
        let used = Set(context.currentOperationVariableUsages(operation).map(\.name))
        for definition in operation.variableDefinitions where !used.contains(definition.variable.value) {
            let name = definition.variable.value
            let message = if let operationName = operation.name {
                "Variable \"$\(name)\" is never used in operation \"\(operationName.value)\"."
            } else {
                "Variable \"$\(name)\" is never used."
            }
            context.report(message, at: [definition.location])
        }
    }
}
