/// Objects and interfaces define at least one field; a field's type is an output type, an
/// argument's an input type; a required argument (non-null, no default) is not deprecated,
/// since a client could not stop sending it.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Objects.Type-Validation
package struct FieldDefinitionsRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for type in context.definitions.orderedTypes where type.kind == .object || type.kind == .interface {
            if type.fields.isEmpty {
                context.report("Type \(type.name) must define one or more fields.", at: type.locations)
            }
            var seen: Set<String> = []
            for field in type.fields where seen.insert(field.node.name.value).inserted {
                let coordinate = "\(type.name).\(field.node.name.value)"
                if let named = context.schema.type(named: field.node.type.namedType.name.value), !named.isOutputType {
                    context.report(
                        "The type of \(coordinate) must be Output Type but got: \(field.node.type).",
                        at: [field.at(field.node.type.location)])
                }
                for argument in field.node.arguments {
                    Self.checkArgument(argument, coordinate: "\(coordinate)(\(argument.name.value):)", in: field, &context)
                }
            }
        }
    }

    /// The checks of one argument definition, shared with directive definitions.
    static func checkArgument(_ argument: InputValueDefinitionNode, coordinate: String, at location: Location? = nil, in element: SDLElement<some Sendable>, _ context: inout SDLValidationContext) {
        if let named = context.schema.type(named: argument.type.namedType.name.value), !named.isInputType {
            context.report(
                "The type of \(coordinate) must be Input Type but got: \(argument.type).",
                at: [element.at(location ?? argument.type.location)])
        }
        if case .nonNull = argument.type, argument.defaultValue == nil,
            let deprecated = AppliedDirectives.first(DirectiveDefinition.deprecated.name, in: argument.directives)
        {
            context.report(
                "Required argument \(coordinate) cannot be deprecated.",
                at: [element.at(deprecated.location), element.at(argument.type.location)])
        }
    }
}
