/// All Variable Uses Defined: every variable used by an operation, in its own selections or in
/// a fragment it reaches, is defined by that operation.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined
package struct NoUndefinedVariablesRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { .leaveOperation }

    package func leaveOperation(_ operation: OperationDefinition, context: inout ValidationContext) {
        // Most operations define every variable they use: check the usages, matched with their
        // definitions once for the three variable rules, in any order first, and pay for
        // graphql-js's order only when there is something to report.
        guard context.currentOperationUsageDefinitions(operation).contains(-1) else { return }
        let defined = Set(operation.variableDefinitions.map(\.variable.value))
        for usage in context.currentOperationVariableUsages(operation) where !defined.contains(usage.name) {
            let message = if let name = operation.name {
                "Variable \"$\(usage.name)\" is not defined by operation \"\(name.value)\"."
            } else {
                "Variable \"$\(usage.name)\" is not defined."
            }
            context.report(message, at: [usage.location, operation.location])
        }
    }
}
