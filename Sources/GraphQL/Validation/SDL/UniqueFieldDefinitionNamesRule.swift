/// A field is defined once per type, counting the type's extensions from every module: two
/// modules adding the same root field is the mistake this catches.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Objects.Type-Validation
package struct UniqueFieldDefinitionNamesRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for type in context.definitions.orderedTypes {
            let names: [SDLElement<Name>]
            switch type.kind {
            case .object, .interface: names = type.fields.map { $0.child($0.node.name) }
            case .inputObject: names = type.inputFields.map { $0.child($0.node.name) }
            default: continue
            }
            var first: [String: SDLLocation] = [:]
            for name in names {
                let here = name.at(name.node.location)
                if let earlier = first[name.node.value] {
                    context.report("Field \"\(type.name).\(name.node.value)\" can only be defined once.", at: [earlier, here])
                } else {
                    first[name.node.value] = here
                }
            }
        }
    }
}
