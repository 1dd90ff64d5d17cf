/// Input Object Field Uniqueness: an input object literal gives each field at most once.
///
/// Each field is checked when the walk reaches it, so a duplicate inside a nested object is
/// reported before a later duplicate of the enclosing one, as graphql-js reports them.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness
package struct UniqueInputFieldNamesRule: ValidationRule {
    /// For each input object literal being walked, innermost last, the names it has given.
    private var known: [[String: Location]] = []

    package init() {}

    package var events: ValidationEvents { [.enterValue, .leaveValue, .enterObjectField] }

    package mutating func enterValue(_ value: ValueNode, context: inout ValidationContext) {
        if case .object = value.kind { known.append([:]) }
    }

    package mutating func leaveValue(_ value: ValueNode, context: inout ValidationContext) {
        if case .object = value.kind { known.removeLast() }
    }

    package mutating func enterObjectField(_ field: ObjectFieldNode, context: inout ValidationContext) {
        let name = field.name
        guard !known.isEmpty else { return }
        if let first = known[known.count - 1][name.value] {
            context.report("There can be only one input field named \"\(name.value)\".", at: [first, name.location])
        } else {
            known[known.count - 1][name.value] = name.location
        }
    }
}
