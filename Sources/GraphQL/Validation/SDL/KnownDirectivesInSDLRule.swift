/// Every directive applied in the SDL is defined (by some module, or built in) and allowed where
/// it is applied.
///
/// The SDL counterpart of graphql-js's KnownDirectivesRule.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Type-System.Directives
package struct KnownDirectivesInSDLRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for usage in context.directiveUsages {
            for directive in usage.directives {
                let name = directive.node.name.value
                let here = directive.at(directive.node.location)
                guard let definition = context.schema.directive(named: name) else {
                    context.report("Unknown directive \"@\(name)\".", at: [here])
                    continue
                }
                if !definition.locations.contains(usage.location) {
                    context.report("Directive \"@\(name)\" may not be used on \(usage.location.rawValue).", at: [here])
                }
            }
        }
    }
}
