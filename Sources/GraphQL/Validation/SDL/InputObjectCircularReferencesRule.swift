/// No input object refers to itself through a chain of non-null fields: no finite value could be
/// written for it. A nullable or list field anywhere in the chain breaks the cycle.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Input-Objects.Type-Validation
package struct InputObjectCircularReferencesRule: SDLValidationRule {
    package init() {}

    package func validate(_ context: inout SDLValidationContext) {
        var search = CycleSearch(context: context)
        for name in context.definitions.typeNames where context.definitions.types[name]?.kind == .inputObject {
            search.visit(name)
        }
        for problem in search.problems {
            context.report(problem.message, at: problem.locations)
        }
    }

    /// A depth-first search that reports every cycle once, visiting each type once.
    private struct CycleSearch {
        let context: SDLValidationContext
        var visited: Set<String> = []
        var path: [(field: SDLElement<InputValueDefinitionNode>, type: String)] = []
        var pathIndex: [String: Int] = [:]
        var problems: [SchemaBuildError.Problem] = []

        init(context: SDLValidationContext) {
            self.context = context
        }

        mutating func visit(_ name: String) {
            guard visited.insert(name).inserted, let type = context.definitions.types[name] else { return }
            pathIndex[name] = path.count
            var seen: Set<String> = []
            for field in type.inputFields where seen.insert(field.node.name.value).inserted {
                guard case .nonNull(.named(let named), _) = field.node.type,
                    context.definitions.types[named.name.value]?.kind == .inputObject
                else { continue }
                let target = named.name.value
                path.append((field, target))
                if let cycleStart = pathIndex[target] {
                    let cycle = path[cycleStart...]
                    let names = cycle.map(\.field.node.name.value).joined(separator: ".")
                    problems.append(SchemaBuildError.Problem(
                        "Cannot reference Input Object \"\(target)\" within itself through a series of non-null fields: \"\(names)\".",
                        locations: cycle.map { $0.field.at($0.field.node.location) }))
                } else {
                    visit(target)
                }
                path.removeLast()
            }
            pathIndex[name] = nil
        }
    }
}
