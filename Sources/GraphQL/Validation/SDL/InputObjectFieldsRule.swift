/// An input object has at least one field; each field's type is an input type; a required field
/// (non-null, no default) is not deprecated; the fields of a `@oneOf` input object are nullable
/// and have no default, since exactly one of them is given, and never null.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Input-Objects.Type-Validation
package struct InputObjectFieldsRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for type in context.definitions.orderedTypes where type.kind == .inputObject {
            let fields = type.inputFields
            if fields.isEmpty {
                context.report("Input Object type \(type.name) must define one or more fields.", at: type.locations)
            }
            let isOneOf = AppliedDirectives.isOneOf(type.directives.map(\.node))
            var seen: Set<String> = []
            for field in fields where seen.insert(field.node.name.value).inserted {
                let node = field.node
                let coordinate = "\(type.name).\(node.name.value)"
                if let named = context.schema.type(named: node.type.namedType.name.value), !named.isInputType {
                    context.report("The type of \(coordinate) must be Input Type but got: \(node.type).", at: [field.at(node.type.location)])
                }
                if case .nonNull = node.type, node.defaultValue == nil,
                    let deprecated = AppliedDirectives.first(DirectiveDefinition.deprecated.name, in: node.directives)
                {
                    context.report(
                        "Required input field \(coordinate) cannot be deprecated.",
                        at: [field.at(deprecated.location), field.at(node.type.location)])
                }
                if isOneOf {
                    if case .nonNull = node.type {
                        context.report("OneOf input field \(coordinate) must be nullable.", at: [field.at(node.type.location)])
                    }
                    if node.defaultValue != nil {
                        context.report("OneOf input field \(coordinate) cannot have a default value.", at: [field.at(node.location)])
                    }
                }
            }
        }
    }
}
