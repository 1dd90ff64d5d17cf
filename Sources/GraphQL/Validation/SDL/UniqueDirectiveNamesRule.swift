/// A directive is defined once, and never with the name of a built-in directive.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Type-System.Directives.Validation
package struct UniqueDirectiveNamesRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        var first: [String: SDLLocation] = [:]
        for directive in context.allDirectiveDefinitions {
            let name = directive.node.name
            let here = directive.at(name.location)
            if context.isBuiltInDirective(name.value) {
                context.report("Directive \"@\(name.value)\" already exists in the schema. It cannot be redefined.", at: [here])
            } else if let earlier = first[name.value] {
                context.report("There can be only one directive named \"@\(name.value)\".", at: [earlier, here])
            } else {
                first[name.value] = here
            }
        }
    }
}
