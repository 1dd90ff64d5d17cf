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
        guard context.typeInfo.fieldHasRequiredArguments else { return }
        let index = context.index
        let id = Int(context.typeInfo.fieldID)
        // Read from the schema index: copying the field's definition at every field would cost
        // more than the check.
        for argument in index.fields[id].arguments where index.inputValues[Int(argument)].isRequired {
            let entry = index.inputValues[Int(argument)]
            guard !field.arguments.contains(where: { $0.name.value == entry.name }) else { continue }
            context.report(
                "Field \"\(index.fields[id].name)\" argument \"\(entry.name)\" of type \"\(entry.type)\" is required, but it was not provided.",
                at: [field.location]
            )
        }
    }

    package func leaveDirective(_ directive: Directive, context: inout ValidationContext) {
        let id = context.typeInfo.directiveID
        guard id >= 0 else { return }
        let index = context.index
        for argument in index.directives[Int(id)].arguments where index.inputValues[Int(argument)].isRequired {
            let entry = index.inputValues[Int(argument)]
            guard !directive.arguments.contains(where: { $0.name.value == entry.name }) else { continue }
            context.report(
                "Directive \"@\(index.directives[Int(id)].definition.name)\" argument \"\(entry.name)\" of type \"\(entry.type)\" is required, but it was not provided.",
                at: [directive.location]
            )
        }
    }
}
