/// Fragments Must Be Used: every fragment is reached from some operation, directly or through
/// other fragments.
///
/// The spreads of each definition are noted, by fragment ordinal, as the walk meets them, and the
/// fragments reached from the operations are found once the document is walked, with no second
/// pass over it.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used
package struct NoUnusedFragmentsRule: ValidationRule {
    /// The fragments spread by the operations.
    private var operationSpreads: [Int32] = []
    /// The fragments spread by each fragment, by ordinal (the last definition of a name wins, as
    /// for every spread).
    private var fragmentSpreads: [[Int32]] = []
    /// The ordinal of the fragment being walked, -1 in an operation.
    private var current: Int32 = -1

    package init() {}

    package var events: ValidationEvents { [.enterOperation, .enterFragment, .enterFragmentSpread, .leaveDocument] }

    package mutating func enterOperation(_ operation: OperationDefinition, context: inout ValidationContext) {
        current = -1
    }

    package mutating func enterFragment(_ fragment: FragmentDefinition, context: inout ValidationContext) {
        if fragmentSpreads.isEmpty { fragmentSpreads = Array(repeating: [], count: context.fragmentOrdinalCount) }
        current = context.fragmentOrdinal(named: fragment.name.value)
        if current >= 0 { fragmentSpreads[Int(current)] = [] }
    }

    package mutating func enterFragmentSpread(_ spread: FragmentSpread, context: inout ValidationContext) {
        let target = context.spreadFragmentOrdinal
        guard target >= 0 else { return }
        if current >= 0 {
            fragmentSpreads[Int(current)].append(target)
        } else {
            operationSpreads.append(target)
        }
    }

    package func leaveDocument(_ document: Document, context: inout ValidationContext) {
        var used = Array(repeating: false, count: context.fragmentOrdinalCount)
        var pending = operationSpreads
        while let ordinal = pending.popLast() {
            guard !used[Int(ordinal)] else { continue }
            used[Int(ordinal)] = true
            if Int(ordinal) < fragmentSpreads.count { pending.append(contentsOf: fragmentSpreads[Int(ordinal)]) }
        }
        for case .fragment(let fragment) in document.definitions {
            let ordinal = context.fragmentOrdinal(named: fragment.name.value)
            guard ordinal < 0 || !used[Int(ordinal)] else { continue }
            context.report("Fragment \"\(fragment.name.value)\" is never used.", at: [fragment.location])
        }
    }
}
