/// No name defined in the SDL (of a type, field, argument, enum value, input field or directive)
/// begins with `__`: those names belong to introspection.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Names.Reserved-Names
package struct ReservedNamesRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for type in context.definitions.orderedTypes {
            check(type.definition.node.name, node: type.definition.node.location, in: type.definition, &context)
            for field in type.fields {
                check(field.node.name, node: field.node.location, in: field, &context)
                checkArguments(field.node.arguments, in: field, &context)
            }
            for value in type.values {
                check(value.node.name, node: value.node.location, in: value, &context)
            }
            for field in type.inputFields {
                check(field.node.name, node: field.node.location, in: field, &context)
            }
        }
        for name in context.definitions.directiveNames {
            guard let directive = context.definitions.directives[name] else { continue }
            check(directive.node.name, node: directive.node.location, in: directive, &context)
            checkArguments(directive.node.arguments, in: directive, &context)
        }
    }

    private func checkArguments(_ arguments: [InputValueDefinitionNode], in element: SDLElement<some Sendable>, _ context: inout SDLValidationContext) {
        for argument in arguments {
            check(argument.name, node: argument.location, in: element, &context)
        }
    }

    private func check(_ name: Name, node: Location, in element: SDLElement<some Sendable>, _ context: inout SDLValidationContext) {
        guard name.value.hasPrefix("__") else { return }
        context.report(
            "Name \"\(name.value)\" must not begin with \"__\", which is reserved by GraphQL introspection.",
            at: [element.at(node)])
    }
}
