/// An input object literal written in the SDL (a default value, a directive's argument) gives
/// each field at most once.
///
/// The SDL counterpart of graphql-js's UniqueInputFieldNamesRule.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness
struct UniqueInputFieldNamesInSDLRule: SDLValidationRule {
    func validate(_ context: inout SDLValidationContext) {
        for literal in Self.literals(context) {
            check(literal.node, in: literal, &context)
        }
    }

    private func check(_ value: ValueNode, in element: SDLElement<ValueNode>, _ context: inout SDLValidationContext) {
        switch value.kind {
        case .list(let items):
            for item in items { check(item, in: element, &context) }
        case .object(let fields):
            var first: [String: SDLLocation] = [:]
            for field in fields {
                let here = element.at(field.name.location)
                if let earlier = first[field.name.value] {
                    context.report("There can be only one input field named \"\(field.name.value)\".", at: [earlier, here])
                } else {
                    first[field.name.value] = here
                }
                check(field.value, in: element, &context)
            }
        default:
            break
        }
    }

    /// Every literal of the SDL: directive arguments, then default values, in document order.
    static func literals(_ context: SDLValidationContext) -> [SDLElement<ValueNode>] {
        var literals: [SDLElement<ValueNode>] = []
        for usage in context.directiveUsages {
            for directive in usage.directives {
                literals += directive.node.arguments.map { directive.child($0.value) }
            }
        }
        func addDefaults(_ values: [InputValueDefinitionNode], in element: SDLElement<some Sendable>) {
            literals += values.compactMap { $0.defaultValue.map(element.child) }
        }
        for definition in context.allDefinitions {
            switch definition.node {
            case .type(let node), .typeExtension(let node):
                for field in node.fields { addDefaults(field.arguments, in: definition) }
                if case .inputObject(let inputObject) = node { addDefaults(inputObject.fields, in: definition) }
            case .directive(let node):
                addDefaults(node.arguments, in: definition)
            default:
                continue
            }
        }
        return literals
    }
}
