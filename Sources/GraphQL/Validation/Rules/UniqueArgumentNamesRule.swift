/// Argument Uniqueness: a field or directive is given each argument at most once.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Argument-Uniqueness
package struct UniqueArgumentNamesRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { [.enterField, .enterDirective] }

    package func enterField(_ field: Field, context: inout ValidationContext) {
        check(field.arguments, context: &context)
    }

    package func enterDirective(_ directive: Directive, context: inout ValidationContext) {
        check(directive.arguments, context: &context)
    }

    private func check(_ arguments: [Argument], context: inout ValidationContext) {
        for (name, locations) in DuplicateNames.groups(arguments.map(\.name)) {
            context.report("There can be only one argument named \"\(name)\".", at: locations)
        }
    }
}
