/// Operation Name Uniqueness: no two operations of a document share a name.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness
package struct UniqueOperationNamesRule: ValidationRule {
    private var known: [String: Location] = [:]

    package init() {}

    package var events: ValidationEvents { .enterOperation }

    package mutating func enterOperation(_ operation: OperationDefinition, context: inout ValidationContext) {
        guard let name = operation.name else { return }
        if let first = known[name.value] {
            context.report("There can be only one operation named \"\(name.value)\".", at: [first, name.location])
        } else {
            known[name.value] = name.location
        }
    }
}
