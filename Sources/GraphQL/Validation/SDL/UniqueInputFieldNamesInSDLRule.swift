/// An input object literal written in the SDL (a default value, a directive's argument) gives
/// each field at most once.
///
/// The SDL counterpart of graphql-js's UniqueInputFieldNamesRule.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness
package struct UniqueInputFieldNamesInSDLRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for literal in context.literals {
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
}
