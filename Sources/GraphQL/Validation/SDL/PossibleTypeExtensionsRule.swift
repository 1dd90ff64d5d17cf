/// An extension extends a type that the SDL defines, of the same kind: `extend type Query` needs
/// some module's `type Query`, and `extend input Query` is a mistake.
///
/// Built-in types are not extended: their definitions belong to the specification.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Object-Extensions
package struct PossibleTypeExtensionsRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for (element, isExtension) in context.allTypeNodes where isExtension {
            let name = element.node.name
            if let defined = context.definitions.types[name.value] {
                guard defined.kind != element.node.kind else { continue }
                context.report(
                    "Cannot extend non-\(element.node.kind.phrase) type \"\(name.value)\".",
                    at: [defined.definition.at(defined.definition.node.location), element.at(element.node.location)])
            } else if context.isBuiltInType(name.value) {
                context.report("Cannot extend built-in type \"\(name.value)\".", at: [element.at(name.location)])
            } else {
                let known = context.definitions.typeNames
                context.report(
                    "Cannot extend type \"\(name.value)\" because it is not defined." + SuggestionList.hint(for: name.value, among: known),
                    at: [element.at(name.location)])
            }
        }
    }
}
