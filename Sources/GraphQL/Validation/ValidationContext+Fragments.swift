/// The fragments of the document, by name and by ordinal, and what they spread: asked by the
/// rules about fragments and by the variable rules, and computed once per document.
extension ValidationContext {
    /// The fragment definition named `name` (the last one, when the name is defined twice).
    package func fragment(named name: String) -> FragmentDefinition? {
        let ordinal = fragmentOrdinal(named: name)
        return ordinal >= 0 ? fragment(ordinal: ordinal) : nil
    }

    /// The fragment definition of ordinal `ordinal` (see ``fragmentOrdinal(named:)``).
    func fragment(ordinal: Int32) -> FragmentDefinition? {
        guard case .fragment(let fragment) = document.definitions[fragmentPositions[Int(ordinal)]] else { return nil }
        return fragment
    }

    /// Whether the document defines a fragment named `name`, without copying it.
    package func hasFragment(named name: String) -> Bool {
        fragmentOrdinal(named: name) >= 0
    }

    /// The type condition of the fragment named `name`, without copying the fragment.
    package func typeCondition(ofFragmentNamed name: String) -> String? {
        let ordinal = fragmentOrdinal(named: name)
        return ordinal >= 0 ? fragmentTypeConditions[Int(ordinal)] : nil
    }

    /// The ordinal of the fragment named `name`, -1 when the document defines none: a number
    /// below ``fragmentOrdinalCount`` that rules may index their own per-fragment arrays with.
    package func fragmentOrdinal(named name: String) -> Int32 {
        fragmentOrdinals.value(of: name) ?? -1
    }

    /// The number of distinct fragment names of the document.
    package var fragmentOrdinalCount: Int { fragmentCount }

    /// The type condition of the fragment of ordinal `ordinal`.
    package func typeCondition(ofFragment ordinal: Int32) -> String {
        fragmentTypeConditions[Int(ordinal)]
    }

    /// Whether `fragment` is the definition that its name refers to (the last of that name).
    func isEffectiveDefinition(_ fragment: FragmentDefinition, at position: Int) -> Bool {
        let ordinal = fragmentOrdinal(named: fragment.name.value)
        return ordinal >= 0 && fragmentPositions[Int(ordinal)] == position
    }

    /// The fragment spreads of a selection set at any depth, not following spreads, in
    /// graphql-js's order.
    package func fragmentSpreads(of selectionSet: SelectionSet) -> [FragmentSpread] {
        var spreads: [FragmentSpread] = []
        var setsToVisit = [selectionSet]
        while let set = setsToVisit.popLast() {
            let selections = set.selections
            for position in selections.indices {
                // Read out first, appended after: appending while the payload is bound would
                // copy the whole selection.
                var spread: FragmentSpread?
                var inner: SelectionSet?
                switch selections[position] {
                case .fragmentSpread(let node): spread = node
                case .field(let field): inner = field.selectionSet
                case .inlineFragment(let inline): inner = inline.selectionSet
                }
                if let spread { spreads.append(spread) }
                if let inner { setsToVisit.append(inner) }
            }
        }
        return spreads
    }

    /// The spreads of the fragment named `name`, computed once per fragment.
    private mutating func fragmentSpreads(ofFragmentNamed name: String, _ fragment: FragmentDefinition) -> [FragmentSpread] {
        if let cached = spreadCache[name] { return cached }
        let spreads = fragmentSpreads(of: fragment.selectionSet)
        spreadCache[name] = spreads
        return spreads
    }

    /// Every fragment that a selection set reaches through spreads, directly or through other
    /// fragments, each once, in graphql-js's order. Spreads of unknown fragments are skipped.
    package mutating func recursivelyReferencedFragments(of selectionSet: SelectionSet) -> [FragmentDefinition] {
        var fragments: [FragmentDefinition] = []
        var collected: Set<String> = []
        var spreadsToVisit = [fragmentSpreads(of: selectionSet)]
        while let spreads = spreadsToVisit.popLast() {
            for spread in spreads {
                let name = spread.name.value
                guard collected.insert(name).inserted, let fragment = fragment(named: name) else { continue }
                fragments.append(fragment)
                spreadsToVisit.append(fragmentSpreads(ofFragmentNamed: name, fragment))
            }
        }
        return fragments
    }

    /// Every fragment that an operation reaches.
    package mutating func recursivelyReferencedFragments(of operation: OperationDefinition) -> [FragmentDefinition] {
        recursivelyReferencedFragments(of: operation.selectionSet)
    }

    /// The ordinals of the fragments spread by the fragment of ordinal `ordinal`, at any depth.
    mutating func spreadOrdinals(ofFragment ordinal: Int32) -> [Int32] {
        if let cached = spreadCacheByOrdinal[Int(ordinal)] { return cached }
        var ordinals: [Int32] = []
        if case .fragment(let fragment) = document.definitions[fragmentPositions[Int(ordinal)]] {
            spreadOrdinals(in: fragment.selectionSet, into: &ordinals)
        }
        spreadCacheByOrdinal[Int(ordinal)] = ordinals
        return ordinals
    }

    /// Adds the ordinals of the fragments spread in a selection set at any depth (unknown
    /// fragments left out), without gathering the spread nodes themselves.
    private func spreadOrdinals(in selectionSet: SelectionSet, into ordinals: inout [Int32]) {
        let selections = selectionSet.selections
        for position in selections.indices {
            // Read out first, looked up after: a call made while the payload is bound would
            // copy the whole selection.
            var name: String?
            var inner: SelectionSet?
            switch selections[position] {
            case .fragmentSpread(let spread): name = spread.name.value
            case .field(let field): inner = field.selectionSet
            case .inlineFragment(let inline): inner = inline.selectionSet
            }
            if let name {
                let ordinal = fragmentOrdinal(named: name)
                if ordinal >= 0 { ordinals.append(ordinal) }
            } else if let inner {
                spreadOrdinals(in: inner, into: &ordinals)
            }
        }
    }

    /// Whether some fragment of the document reaches itself through its spreads (the
    /// definitions that names refer to, spreads of unknown fragments aside): a search over the
    /// fragments' numbers, made once per document, whose spreads are found once and kept for
    /// the variable rules too.
    package mutating func fragmentSpreadsFormACycle() -> Bool {
        if let known = fragmentCycle { return known }
        let found = searchFragmentCycle()
        fragmentCycle = found
        return found
    }

    private mutating func searchFragmentCycle() -> Bool {
        // 0: not visited, 1: on the current path, 2: done.
        var state = Array(repeating: UInt8(0), count: fragmentCount)
        var stack: [(ordinal: Int32, spreads: [Int32], next: Int)] = []
        for root in 0..<Int32(fragmentCount) where state[Int(root)] == 0 {
            state[Int(root)] = 1
            stack.append((root, spreadOrdinals(ofFragment: root), 0))
            while !stack.isEmpty {
                let top = stack.count - 1
                guard stack[top].next < stack[top].spreads.count else {
                    state[Int(stack[top].ordinal)] = 2
                    stack.removeLast()
                    continue
                }
                let target = stack[top].spreads[stack[top].next]
                stack[top].next += 1
                switch state[Int(target)] {
                case 1: return true
                case 0:
                    state[Int(target)] = 1
                    stack.append((target, spreadOrdinals(ofFragment: target), 0))
                default: break
                }
            }
        }
        return false
    }
}
