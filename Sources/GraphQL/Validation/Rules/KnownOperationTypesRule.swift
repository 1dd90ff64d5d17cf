/// Operation Type Existence: a `mutation` or `subscription` is valid only when the schema has a
/// root type for it.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Operation-Type-Existence
package struct KnownOperationTypesRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { .enterOperation }

    package func enterOperation(_ operation: OperationDefinition, context: inout ValidationContext) {
        if context.index.rootTypeID(for: operation.operation) < 0 {
            context.report("The \(operation.operation.rawValue) operation is not supported by the schema.", at: [operation.location])
        }
    }
}
