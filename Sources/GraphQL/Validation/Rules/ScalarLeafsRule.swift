/// Leaf Field Selections: a field of a scalar or enum type has no selection set, and a field of
/// any other type has one.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections
package struct ScalarLeafsRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { .enterField }

    package func enterField(_ field: Field, context: inout ValidationContext) {
        guard let type = context.typeInfo.type, let named = context.schema.namedType(of: type) else { return }
        let name = field.name.value
        if named.isLeaf {
            if let selectionSet = field.selectionSet {
                context.report(
                    "Field \"\(name)\" must not have a selection since type \"\(type)\" has no subfields.",
                    at: [selectionSet.location]
                )
            }
        } else if let selectionSet = field.selectionSet {
            // Only a document built in code can have an empty selection set: the grammar has none.
            if selectionSet.selections.isEmpty {
                context.report("Field \"\(name)\" of type \"\(type)\" must have at least one field selected.", at: [field.location])
            }
        } else {
            context.report(
                "Field \"\(name)\" of type \"\(type)\" must have a selection of subfields. Did you mean \"\(name) { ... }\"?",
                at: [field.location]
            )
        }
    }
}
