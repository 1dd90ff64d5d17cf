/// Each operation type names its root type once, in the schema definition and its extensions
/// together.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Root-Operation-Types
package struct UniqueOperationTypesRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        var first: [OperationType: SDLLocation] = [:]
        for part in context.definitions.schemaParts {
            for operationType in part.node.operationTypes {
                let here = part.at(operationType.location)
                if let earlier = first[operationType.operation] {
                    context.report("There can be only one \(operationType.operation.rawValue) type in schema.", at: [earlier, here])
                } else {
                    first[operationType.operation] = here
                }
            }
        }
    }
}
