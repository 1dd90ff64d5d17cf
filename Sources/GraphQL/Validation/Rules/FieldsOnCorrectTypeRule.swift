/// Field Selections: every selected field is defined on the type it is selected on (or is a
/// meta-field such as `__typename`).
///
/// Like graphql-js, the error suggests the types to condition on first (for an interface or
/// union, the types that do define the field, most widely implemented first) and, when there
/// are none, field names close to the one written.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Field-Selections
package struct FieldsOnCorrectTypeRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { .enterField }

    package func enterField(_ field: Field, context: inout ValidationContext) {
        guard let parentType = context.typeInfo.parentType, context.typeInfo.fieldDefinition == nil else { return }
        let name = field.name.value
        var suggestion = SuggestionList.didYouMean(
            suggestedTypeNames(for: name, on: parentType, in: context.schema),
            preamble: "to use an inline fragment on"
        )
        if suggestion.isEmpty {
            let fieldNames = parentType.fields.map(\.name)
            suggestion = SuggestionList.didYouMean(SuggestionList.suggestions(for: name, among: fieldNames))
        }
        context.report("Cannot query field \"\(name)\" on type \"\(parentType.name)\"." + suggestion, at: [field.location])
    }

    /// The object and interface types among the possible types of an abstract type (and their
    /// interfaces) that define the field: most often defining first, then super types before
    /// sub types, then by name.
    private func suggestedTypeNames(for fieldName: String, on type: NamedType, in schema: Schema) -> [String] {
        guard type.isAbstract else { return [] }
        var suggested: [String] = []
        var usageCount: [String: Int] = [:]
        for possibleName in schema.possibleTypes(of: type.name) {
            guard case .object(let object)? = schema.type(named: possibleName), object.field(named: fieldName) != nil else {
                continue
            }
            if usageCount[possibleName] == nil { suggested.append(possibleName) }
            usageCount[possibleName] = 1
            for interfaceName in object.interfaces {
                guard case .interface(let interface)? = schema.type(named: interfaceName),
                      interface.field(named: fieldName) != nil else { continue }
                if usageCount[interfaceName] == nil { suggested.append(interfaceName) }
                usageCount[interfaceName, default: 0] += 1
            }
        }
        return SuggestionList.sortedLikeJavaScript(suggested) { lhs, rhs in
            let left = usageCount[lhs] ?? 0, right = usageCount[rhs] ?? 0
            if left != right { return right - left }
            if case .interface? = schema.type(named: lhs), schema.isSubType(rhs, of: lhs) { return -1 }
            if case .interface? = schema.type(named: rhs), schema.isSubType(lhs, of: rhs) { return 1 }
            return SuggestionList.naturalOrder(lhs, rhs) ? -1 : (lhs == rhs ? 0 : 1)
        }
    }
}
