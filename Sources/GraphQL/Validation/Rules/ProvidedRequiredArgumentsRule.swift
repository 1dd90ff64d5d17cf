/// Required Arguments: every argument of a field or directive whose type is non-null and that
/// has no default value is given.
///
/// Checked when the field or directive is left, as graphql-js does, so that errors inside its
/// arguments and selections come first. Messages are graphql-js 16's.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Required-Arguments
package struct ProvidedRequiredArgumentsRule: ValidationRule {
    package init() {}

    package var events: ValidationEvents { [.leaveField, .leaveDirective] }

    package func leaveField(_ field: Field, context: inout ValidationContext) {
        guard let definition = context.typeInfo.fieldDefinition else { return }
        for argument in definition.arguments where Self.isRequired(argument) {
            guard !field.arguments.contains(where: { $0.name.value == argument.name }) else { continue }
            context.report(
                "Field \"\(definition.name)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                at: [field.location]
            )
        }
    }

    package func leaveDirective(_ directive: Directive, context: inout ValidationContext) {
        guard let definition = context.typeInfo.directive else { return }
        for argument in definition.arguments where Self.isRequired(argument) {
            guard !directive.arguments.contains(where: { $0.name.value == argument.name }) else { continue }
            context.report(
                "Directive \"@\(definition.name)\" argument \"\(argument.name)\" of type \"\(argument.type)\" is required, but it was not provided.",
                at: [directive.location]
            )
        }
    }

    /// Non-null without a default: `arg: Int! = 0` may be left out.
    static func isRequired(_ argument: InputValueDefinition) -> Bool {
        argument.type.isNonNull && argument.defaultValueNode == nil && argument.defaultValue == nil
    }
}
