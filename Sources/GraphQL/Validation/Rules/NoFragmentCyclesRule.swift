/// Fragments Must Not Form Cycles: no fragment spreads itself, directly or through others.
///
/// One depth-first search over the spread graph, each fragment entered once, so the cost is
/// linear in the document (the search starts at each fragment definition in turn, as
/// graphql-js does, so errors come out in its order); each cycle is reported once, at the spreads that form it, as
/// graphql-js reports it.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Fragment-Spreads-Must-Not-Form-Cycles
package struct NoFragmentCyclesRule: ValidationRule {
    /// Shared by every fragment, so that a fragment already searched from another is skipped.
    private var search = CycleSearch()

    package init() {}

    package var events: ValidationEvents { .enterFragment }

    package mutating func enterFragment(_ fragment: FragmentDefinition, context: inout ValidationContext) {
        search.visit(fragment, context: &context)
    }

    private struct CycleSearch {
        var visited: Set<String> = []
        /// The spreads from the fragment where the search started to the one being visited.
        var spreadPath: [FragmentSpread] = []
        /// For each fragment on the current path, where its spreads start in ``spreadPath``.
        var pathIndexByName: [String: Int] = [:]

        mutating func visit(_ fragment: FragmentDefinition, context: inout ValidationContext) {
            let name = fragment.name.value
            guard visited.insert(name).inserted else { return }
            let spreads = context.fragmentSpreads(of: fragment.selectionSet)
            guard !spreads.isEmpty else { return }
            pathIndexByName[name] = spreadPath.count
            for spread in spreads {
                let target = spread.name.value
                spreadPath.append(spread)
                if let cycleStart = pathIndexByName[target] {
                    let cycle = spreadPath[cycleStart...]
                    let via = cycle.dropLast().map { "\"\($0.name.value)\"" }.joined(separator: ", ")
                    context.report(
                        "Cannot spread fragment \"\(target)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
                        at: cycle.map(\.location)
                    )
                } else if let next = context.fragment(named: target) {
                    visit(next, context: &context)
                }
                spreadPath.removeLast()
            }
            pathIndexByName[name] = nil
        }
    }
}
