/// Every argument given to a directive applied in the SDL is a valid value of the argument's
/// type: `@deprecated(reason: 5)` or `@allow(roles: [NOBODY])` is an error, not something the
/// builder quietly ignores.
///
/// The SDL counterpart of graphql-js's ValuesOfCorrectTypeRule, for directive arguments.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type
package struct DirectiveArgumentValuesRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        let coercion = context.literalCoercion
        for usage in context.directiveUsages {
            for directive in usage.directives {
                guard let definition = context.schema.directive(named: directive.node.name.value) else { continue }
                for argument in directive.node.arguments {
                    guard let argumentDefinition = definition.arguments.first(where: { $0.name == argument.name.value }) else { continue }
                    for failure in coercion.coerce(argument.value, to: argumentDefinition.type).failures {
                        context.report(
                            "Directive \"@\(definition.name)\" argument \"\(argument.name.value)\" has an invalid value: \(failure.message)",
                            at: [directive.at(failure.location)])
                    }
                }
            }
        }
    }
}
