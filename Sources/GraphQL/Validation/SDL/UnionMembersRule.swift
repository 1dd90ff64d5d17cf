/// A union has at least one member, each an object type, each once.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Unions.Type-Validation
package struct UnionMembersRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        for type in context.definitions.orderedTypes where type.kind == .union {
            let members = type.members
            if members.isEmpty {
                context.report("Union type \(type.name) must define one or more member types.", at: type.locations)
            }
            var included: Set<String> = []
            for member in members {
                let name = member.node.name.value
                let nodes = members.filter { $0.node.name.value == name }.map { $0.at($0.node.location) }
                guard included.insert(name).inserted else {
                    context.report("Union type \(type.name) can only include type \(name) once.", at: nodes)
                    continue
                }
                if let named = context.schema.type(named: name), named.kind != .object {
                    context.report("Union type \(type.name) can only include Object types, it cannot include \(name).", at: nodes)
                }
            }
        }
    }
}
