/// Every type the SDL refers to (field, argument and input field types, implemented interfaces,
/// union members, root types) is defined by some module or built in.
///
/// The SDL counterpart of graphql-js's KnownTypeNamesRule; named apart from the executable
/// documents' rule.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Types
package struct KnownTypeNamesInSDLRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        var references: [SDLElement<NamedTypeNode>] = []
        func addInputValues(_ values: [InputValueDefinitionNode], in element: SDLElement<some Sendable>) {
            references += values.map { element.child($0.type.namedType) }
        }
        for definition in context.allDefinitions {
            switch definition.node {
            case .schema(let node), .schemaExtension(let node):
                references += node.operationTypes.map { definition.child($0.type) }
            case .type(let node), .typeExtension(let node):
                references += node.interfaces.map(definition.child)
                for field in node.fields {
                    addInputValues(field.arguments, in: definition)
                    references.append(definition.child(field.type.namedType))
                }
                switch node {
                case .union(let union): references += union.types.map(definition.child)
                case .inputObject(let inputObject): addInputValues(inputObject.fields, in: definition)
                default: break
                }
            case .directive(let node):
                addInputValues(node.arguments, in: definition)
            case .operation, .fragment:
                continue
            }
        }
        let known = context.schema.typeNames
        for reference in references where context.schema.type(named: reference.node.name.value) == nil {
            let name = reference.node.name.value
            context.report("Unknown type \"\(name)\"." + SuggestionList.hint(for: name, among: known), at: [reference.at(reference.node.location)])
        }
    }
}
