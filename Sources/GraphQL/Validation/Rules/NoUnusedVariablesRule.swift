/// All Variables Used: every variable an operation defines is used, in its own selections or
/// in a fragment it reaches.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-All-Variables-Used
package struct NoUnusedVariablesRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { .leaveOperation }

    package func leaveOperation(_ operation: OperationDefinition, context: inout ValidationContext) {
        let definitions = operation.variableDefinitions
        guard !definitions.isEmpty else { return }
        // Only which definitions are used matters here, not in which order.
        var used = Array(repeating: false, count: definitions.count)
        for match in context.currentOperationUsageDefinitions(operation) where match >= 0 {
            used[Int(match)] = true
        }
        for position in definitions.indices where !used[position] {
            // Usages match the last definition of a name; an earlier one of the same name is
            // used as much (the duplicate is UniqueVariableNamesRule's to report).
            let name = definitions[position].variable.value
            if definitions.indices.contains(where: { used[$0] && definitions[$0].variable.value == name }) { continue }
            let message = if let operationName = operation.name {
                "Variable \"$\(name)\" is never used in operation \"\(operationName.value)\"."
            } else {
                "Variable \"$\(name)\" is never used."
            }
            context.report(message, at: [definitions[position].location])
        }
    }
}
