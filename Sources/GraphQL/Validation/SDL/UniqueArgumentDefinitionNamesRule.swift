/// The arguments of a field or directive definition have distinct names.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Field-Arguments
package struct UniqueArgumentDefinitionNamesRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for (element, _) in context.allTypeNodes {
            for field in element.node.fields {
                check(field.arguments, parent: "\(element.node.name.value).\(field.name.value)", in: element, &context)
            }
        }
        for directive in context.allDirectiveDefinitions {
            check(directive.node.arguments, parent: "@\(directive.node.name.value)", in: directive, &context)
        }
    }

    private func check(_ arguments: [InputValueDefinitionNode], parent: String, in element: SDLElement<some Sendable>, _ context: inout SDLValidationContext) {
        var seen: Set<String> = []
        for argument in arguments where !seen.insert(argument.name.value).inserted {
            guard seen.insert("reported " + argument.name.value).inserted else { continue }
            let all = arguments.filter { $0.name.value == argument.name.value }
            context.report(
                "Argument \"\(parent)(\(argument.name.value):)\" can only be defined once.",
                at: all.map { element.at($0.name.location) })
        }
    }
}
