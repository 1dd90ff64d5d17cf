/// A directive applied in the SDL is given every argument it requires (non-null, without a
/// default).
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Required-Arguments
package struct ProvidedRequiredArgumentsOnDirectivesRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for usage in context.directiveUsages {
            for directive in usage.directives {
                guard let definition = context.schema.directive(named: directive.node.name.value) else { continue }
                let given = Set(directive.node.arguments.map(\.name.value))
                for argument in definition.arguments where argument.type.isNonNull && argument.defaultValueNode == nil && !given.contains(argument.name) {
                    context.report(
                        "Directive \"@\(definition.name)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                        at: [directive.at(directive.node.location)])
                }
            }
        }
    }
}
