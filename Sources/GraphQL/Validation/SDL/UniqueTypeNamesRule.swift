/// A type is defined once, across every module (others extend it), and never with the name of a
/// built-in type.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Types
package struct UniqueTypeNamesRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        var first: [String: SDLLocation] = [:]
        for (element, isExtension) in context.allTypeNodes where !isExtension {
            let name = element.node.name
            let here = element.at(name.location)
            if context.isBuiltInType(name.value) {
                context.report("Type \"\(name.value)\" already exists in the schema. It cannot also be defined in this type definition.", at: [here])
            } else if let earlier = first[name.value] {
                context.report("There can be only one type named \"\(name.value)\".", at: [earlier, here])
            } else {
                first[name.value] = here
            }
        }
    }
}
