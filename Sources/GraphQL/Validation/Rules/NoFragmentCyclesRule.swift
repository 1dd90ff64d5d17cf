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
        // Whether the document may have a cycle is found once, by the context: most have none,
        // and then no fragment needs the search that names the spreads of each cycle. With a
        // name defined twice, the search runs anyway (it follows each definition as written,
        // not only the one the name refers to). Kept in the context rather than here, so that
        // the rule stays small enough to be stored inline by the walker.
        guard context.fragmentDefinitionCount > context.fragmentOrdinalCount || context.fragmentSpreadsFormACycle() else { return }
        search.visit(fragment, context: &context)
    }

    /// A depth-first search with an explicit stack, so that a long chain of fragments cannot
    /// exhaust the thread's stack.
    private struct CycleSearch {
        var visited: Set<String> = []
        /// The spreads from the fragment where the search started to the one being visited.
        var spreadPath: [FragmentSpread] = []
        /// For each fragment on the current path, where its spreads start in ``spreadPath``.
        var pathIndexByName: [String: Int] = [:]

        private struct Frame {
            var name: String
            var spreads: [FragmentSpread]
            var next = 0
        }

        mutating func visit(_ fragment: FragmentDefinition, context: inout ValidationContext) {
            var frames: [Frame] = []
            enter(fragment, frames: &frames, context: context)
            while !frames.isEmpty {
                let top = frames.count - 1
                guard frames[top].next < frames[top].spreads.count else {
                    pathIndexByName[frames[top].name] = nil
                    frames.removeLast()
                    if !frames.isEmpty { spreadPath.removeLast() }
                    continue
                }
                let spread = frames[top].spreads[frames[top].next]
                frames[top].next += 1
                let target = spread.name.value
                spreadPath.append(spread)
                if let cycleStart = pathIndexByName[target] {
                    let cycle = spreadPath[cycleStart...]
                    let via = cycle.dropLast().map { "\"\($0.name.value)\"" }.joined(separator: ", ")
                    context.report(
                        "Cannot spread fragment \"\(target)\" within itself" + (via.isEmpty ? "." : " via \(via)."),
                        at: cycle.map(\.location)
                    )
                    spreadPath.removeLast()
                } else if let next = context.fragment(named: target), enter(next, frames: &frames, context: context) {
                    // The spread stays on the path until the frame of `next` is done.
                } else {
                    spreadPath.removeLast()
                }
            }
        }

        /// Marks a fragment visited and pushes its frame; false when there is nothing to search
        /// (visited before, or no spreads).
        @discardableResult
        private mutating func enter(_ fragment: FragmentDefinition, frames: inout [Frame], context: ValidationContext) -> Bool {
            let name = fragment.name.value
            guard visited.insert(name).inserted else { return false }
            let spreads = context.fragmentSpreads(of: fragment.selectionSet)
            guard !spreads.isEmpty else { return false }
            pathIndexByName[name] = spreadPath.count
            frames.append(Frame(name: name, spreads: spreads))
            return true
        }
    }
}
