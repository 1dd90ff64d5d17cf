/// Input Object Field Uniqueness: an input object literal gives each field at most once.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness
package struct UniqueInputFieldNamesRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { .enterValue }

    package func enterValue(_ value: ValueNode, context: inout ValidationContext) {
        guard case .object(let fields) = value.kind, fields.count > 1 else { return }
        var seen: [String: Location] = [:]
        for field in fields {
            let name = field.name
            if let first = seen[name.value] {
                context.report("There can be only one input field named \"\(name.value)\".", at: [first, name.location])
            } else {
                seen[name.value] = name.location
            }
        }
    }
}
