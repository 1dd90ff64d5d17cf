/// Input Object Field Uniqueness: an input object literal gives each field at most once.
///
/// Each field is checked when the walk reaches it, so a duplicate inside a nested object is
/// reported before a later duplicate of the enclosing one, as graphql-js reports them.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness
package struct UniqueInputFieldNamesRule: ValidationRule {
    /// For each input object literal being walked, innermost last, the names it has given so
    /// far; nil for an object without duplicates, whose fields need no check.
    private var known: [[String: Location]?] = []

    package init() {}

    package var events: ValidationEvents { [.enterValue, .leaveValue, .enterObjectField] }

    package mutating func enterValue(_ value: ValueNode, context: inout ValidationContext) {
        guard case .object(let fields) = value.kind else { return }
        known.append(fields.count > 1 && DuplicateNames.hasDuplicate(fields.map(\.name)) ? [:] : nil)
    }

    package mutating func leaveValue(_ value: ValueNode, context: inout ValidationContext) {
        if case .object = value.kind { known.removeLast() }
    }

    package mutating func enterObjectField(_ field: ObjectFieldNode, context: inout ValidationContext) {
        guard !known.isEmpty, known[known.count - 1] != nil else { return }
        let name = field.name
        if let first = known[known.count - 1]?[name.value] {
            context.report("There can be only one input field named \"\(name.value)\".", at: [first, name.location])
        } else {
            known[known.count - 1]?[name.value] = name.location
        }
    }
}
