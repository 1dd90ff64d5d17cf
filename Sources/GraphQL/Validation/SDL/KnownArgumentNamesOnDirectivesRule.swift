/// Every argument given to a directive applied in the SDL is one the directive defines.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Argument-Names
package struct KnownArgumentNamesOnDirectivesRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for usage in context.directiveUsages {
            for directive in usage.directives {
                guard let definition = context.schema.directive(named: directive.node.name.value) else { continue }
                let names = definition.arguments.map(\.name)
                for argument in directive.node.arguments where !names.contains(argument.name.value) {
                    context.report(
                        "Unknown argument \"\(argument.name.value)\" on directive \"@\(definition.name)\"."
                            + SuggestionList.hint(for: argument.name.value, among: names),
                        at: [directive.at(argument.location)])
                }
            }
        }
    }
}
