/// A directive applied in the SDL is given each argument at most once.
///
/// The SDL counterpart of graphql-js's UniqueArgumentNamesRule.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Argument-Uniqueness
package struct UniqueArgumentNamesInSDLRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for usage in context.directiveUsages {
            for directive in usage.directives {
                var reported: Set<String> = []
                let arguments = directive.node.arguments
                for argument in arguments {
                    let name = argument.name.value
                    let all = arguments.filter { $0.name.value == name }
                    guard all.count > 1, reported.insert(name).inserted else { continue }
                    context.report("There can be only one argument named \"\(name)\".", at: all.map { directive.at($0.name.location) })
                }
            }
        }
    }
}
