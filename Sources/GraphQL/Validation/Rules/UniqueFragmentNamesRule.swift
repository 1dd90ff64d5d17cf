/// Fragment Name Uniqueness: no two fragments of a document share a name.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness
package struct UniqueFragmentNamesRule: ValidationRule {
    private var known: [String: Location] = [:]

    package init() {}

    package var events: ValidationEvents { .enterFragment }

    package mutating func enterFragment(_ fragment: FragmentDefinition, context: inout ValidationContext) {
        // The context numbers the distinct names: as many as there are fragments, no name repeats.
        guard context.fragmentDefinitionCount > context.fragmentOrdinalCount else { return }
        let name = fragment.name
        if let first = known[name.value] {
            context.report("There can be only one fragment named \"\(name.value)\".", at: [first, name.location])
        } else {
            known[name.value] = name.location
        }
    }
}
