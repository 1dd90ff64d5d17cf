/// Lone Anonymous Operation: an operation without a name must be the only operation of its
/// document, since nothing else could select it.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation
package struct LoneAnonymousOperationRule: ValidationRule {
    private var operationCount = 0

    package init() {}

    package var events: ValidationEvents { [.enterDocument, .enterOperation] }

    package mutating func enterDocument(_ document: Document, context: inout ValidationContext) {
        operationCount = 0
        for case .operation in document.definitions { operationCount += 1 }
    }

    package func enterOperation(_ operation: OperationDefinition, context: inout ValidationContext) {
        if operation.name == nil, operationCount > 1 {
            context.report("This anonymous operation must be the only defined operation.", at: [operation.location])
        }
    }
}
