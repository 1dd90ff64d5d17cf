/// An enum value is defined once per enum, counting the enum's extensions.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Enums.Type-Validation
package struct UniqueEnumValueNamesRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for type in context.definitions.orderedTypes where type.kind == .enumeration {
            var first: [String: SDLLocation] = [:]
            for value in type.values {
                let name = value.node.name
                let here = value.at(name.location)
                if let earlier = first[name.value] {
                    context.report("Enum value \"\(type.name).\(name.value)\" can only be defined once.", at: [earlier, here])
                } else {
                    first[name.value] = here
                }
            }
        }
    }
}
