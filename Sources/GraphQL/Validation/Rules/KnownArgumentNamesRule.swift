/// Argument Names: every argument given to a field or directive is defined by it, with
/// graphql-js's "Did you mean" suggestions.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Argument-Names
package struct KnownArgumentNamesRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { [.enterDirective, .enterArgument] }

    package func enterDirective(_ directive: Directive, context: inout ValidationContext) {
        // Unknown directives are KnownDirectivesRule's to report.
        guard let definition = context.typeInfo.directive else { return }
        for argument in directive.arguments {
            let name = argument.name.value
            guard !definition.arguments.contains(where: { $0.name == name }) else { continue }
            let suggestions = SuggestionList.suggestions(for: name, among: definition.arguments.map(\.name))
            context.report(
                "Unknown argument \"\(name)\" on directive \"@\(definition.name)\"." + SuggestionList.didYouMean(suggestions),
                at: [argument.location]
            )
        }
    }

    package func enterArgument(_ argument: Argument, context: inout ValidationContext) {
        // Directive arguments are checked when the directive is entered.
        guard !context.typeInfo.isInDirective, context.typeInfo.argument == nil,
              let field = context.typeInfo.fieldDefinition, let parentType = context.typeInfo.parentType else { return }
        let name = argument.name.value
        let suggestions = SuggestionList.suggestions(for: name, among: field.arguments.map(\.name))
        context.report(
            "Unknown argument \"\(name)\" on field \"\(parentType.name).\(field.name)\"." + SuggestionList.didYouMean(suggestions),
            at: [argument.location]
        )
    }
}
