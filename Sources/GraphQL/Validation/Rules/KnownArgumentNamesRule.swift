/// Argument Names: every argument given to a field or directive is defined by it, with
/// graphql-js's "Did you mean" suggestions.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Argument-Names
package struct KnownArgumentNamesRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { [.enterDirective, .enterArgument] }

    package func enterDirective(_ directive: Directive, context: inout ValidationContext) {
        // Unknown directives are KnownDirectivesRule's to report.
        let id = context.typeInfo.directiveID
        guard !directive.arguments.isEmpty, id >= 0 else { return }
        let index = context.index
        for argument in directive.arguments {
            let name = argument.name.value
            // Looked up in the schema index; the definition is copied only to word an error.
            guard index.argumentID(named: name, in: index.directives[Int(id)].arguments) < 0 else { continue }
            let definition = index.directives[Int(id)].definition
            let suggestions = SuggestionList.suggestions(for: name, among: definition.arguments.map(\.name))
            context.report(
                "Unknown argument \"\(name)\" on directive \"@\(definition.name)\"." + SuggestionList.didYouMean(suggestions),
                at: [argument.location]
            )
        }
    }

    package func enterArgument(_ argument: Argument, context: inout ValidationContext) {
        // Directive arguments are checked when the directive is entered.
        guard !context.typeInfo.isInDirective, !context.typeInfo.hasArgumentDefinition,
              let field = context.typeInfo.fieldDefinition, let parentType = context.typeInfo.parentTypeName else { return }
        let name = argument.name.value
        let suggestions = SuggestionList.suggestions(for: name, among: field.arguments.map(\.name))
        context.report(
            "Unknown argument \"\(name)\" on field \"\(parentType).\(field.name)\"." + SuggestionList.didYouMean(suggestions),
            at: [argument.location]
        )
    }
}
