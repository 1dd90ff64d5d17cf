/// Every default value written in the SDL (of a field argument, an input field or a directive
/// argument) is a valid value of its type, as input coercion would accept it.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type
package struct ValidDefaultValuesRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        let coercion = context.literalCoercion
        func check(_ value: InputValueDefinitionNode, subject: String, in element: SDLElement<some Sendable>) {
            guard let literal = value.defaultValue else { return }
            let type = TypeReference(value.type)
            guard let named = context.schema.type(named: type.namedType), named.isInputType else { return }
            for failure in coercion.coerce(literal, to: type).failures {
                context.report("\(subject) has invalid default value: \(failure.message)", at: [element.at(failure.location)])
            }
        }
        for type in context.definitions.orderedTypes {
            for field in type.fields {
                for argument in field.node.arguments {
                    check(argument, subject: "Argument \"\(type.name).\(field.node.name.value)(\(argument.name.value):)\"", in: field)
                }
            }
            for field in type.inputFields {
                check(field.node, subject: "Input field \"\(type.name).\(field.node.name.value)\"", in: field)
            }
        }
        for name in context.definitions.directiveNames {
            guard let directive = context.definitions.directives[name] else { continue }
            for argument in directive.node.arguments {
                check(argument, subject: "Argument \"@\(name)(\(argument.name.value):)\"", in: directive)
            }
        }
    }
}
