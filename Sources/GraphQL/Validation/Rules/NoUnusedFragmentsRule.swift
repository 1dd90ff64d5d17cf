/// Fragments Must Be Used: every fragment is reached from some operation, directly or through
/// other fragments.
///
/// The spreads of each definition are noted as the walk meets them, and the fragments reached
/// from the operations are found once the document is walked, with no second pass over it.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used
package struct NoUnusedFragmentsRule: ValidationRule {
    /// The fragment names spread by each operation, in document order.
    private var operationSpreads: [[String]] = []
    /// The fragment names spread by each fragment (the last definition of a name wins, as for
    /// every spread).
    private var fragmentSpreads: [String: [String]] = [:]
    /// Where the spreads being met go: an operation's list, or a fragment's.
    private var currentFragment: String?

    package init() {}

    package var events: ValidationEvents { [.enterOperation, .enterFragment, .enterFragmentSpread, .leaveDocument] }

    package mutating func enterOperation(_ operation: OperationDefinition, context: inout ValidationContext) {
        currentFragment = nil
        operationSpreads.append([])
    }

    package mutating func enterFragment(_ fragment: FragmentDefinition, context: inout ValidationContext) {
        currentFragment = fragment.name.value
        fragmentSpreads[fragment.name.value] = []
    }

    package mutating func enterFragmentSpread(_ spread: FragmentSpread, context: inout ValidationContext) {
        if let currentFragment {
            fragmentSpreads[currentFragment]?.append(spread.name.value)
        } else if !operationSpreads.isEmpty {
            operationSpreads[operationSpreads.count - 1].append(spread.name.value)
        }
    }

    package func leaveDocument(_ document: Document, context: inout ValidationContext) {
        var used: Set<String> = []
        var pending = operationSpreads.flatMap { $0 }
        while let name = pending.popLast() {
            guard used.insert(name).inserted else { continue }
            pending.append(contentsOf: fragmentSpreads[name] ?? [])
        }
        for case .fragment(let fragment) in document.definitions where !used.contains(fragment.name.value) {
            context.report("Fragment \"\(fragment.name.value)\" is never used.", at: [fragment.location])
        }
    }
}
