/// The finder's ways of not comparing fields pair by pair where no pair can conflict.
extension FieldConflictFinder {
    /// Whether no two of the given fields can conflict, found in one pass over their merged
    /// sub-selections rather than by comparing every pair.
    ///
    /// This is a sufficient condition, checked without regard to mutually exclusive parents:
    /// the fields all select the same field with the same arguments, give one response shape,
    /// and the same holds, recursively, for every response name of their sub-selections merged
    /// together (named fragments expanded once each). Whenever it holds, comparing the fields
    /// pair by pair finds nothing, so the finder uses it to skip the pairwise comparison of
    /// large groups; when it does not hold (or its work budget runs out), the finder compares
    /// pairs as graphql-js does, so the conflicts reported are the same either way.
    ///
    /// - Parameter fields: Fields sharing one response name.
    /// - Returns: True when the fields can certainly all be merged.
    func canCertainlyMerge(_ fields: [CollectedField]) -> Bool {
        var budget = MergeCheckBudget(remaining: Self.mergeCheckBudget)
        return canCertainlyMerge(fields, depth: 0, budget: &budget)
    }

    /// Whether no two fields of the given selection sets, taken together with the fragments they
    /// spread, can conflict: ``canCertainlyMerge(_:)`` for each response name of their merged
    /// fields.
    ///
    /// - Parameter selectionSets: Selection sets whose fields land in one response object, each
    ///   with the type it selects on.
    /// - Returns: True when every field with a shared response name can certainly be merged.
    func canCertainlyMerge(_ selectionSets: [(SelectionSet, NamedType?)]) -> Bool {
        var budget = MergeCheckBudget(remaining: Self.mergeCheckBudget)
        return canCertainlyMerge(selectionSets, depth: 0, budget: &budget)
    }

    /// The response names of the given selection sets, fragments included, whose fields might
    /// not all merge: ``canCertainlyMerge(_:)`` fails for their fields. Nil when the check ran
    /// out of budget and cannot tell.
    ///
    /// - Parameter selectionSets: Selection sets whose fields land in one response object, each
    ///   with the type it selects on.
    func responseNamesThatMayConflict(in selectionSets: [(SelectionSet, NamedType?)]) -> Set<String>? {
        var budget = MergeCheckBudget(remaining: Self.mergeCheckBudget)
        var merged = MergedSelections(types: types, fragments: fragments)
        for (selectionSet, parentType) in selectionSets {
            merged.collect(selectionSet, parentType: parentType, budget: &budget)
            if budget.isExhausted { return nil }
        }
        var uncertain: Set<String> = []
        for responseName in merged.responseNames {
            guard let group = merged.fieldsByResponseName[responseName], group.count > 1 else { continue }
            if !canCertainlyMerge(group.map(\.field), depth: 1, budget: &budget) {
                if budget.isExhausted { return nil }
                uncertain.insert(responseName)
            }
        }
        return uncertain
    }

    /// Whether a selection set spreads no named fragment and gives each response name once,
    /// inline fragments included: then nothing in it can conflict, and most selection sets are
    /// like that, so this is checked before any field map is built.
    static func hasOnlyDistinctFields(_ selectionSet: SelectionSet) -> Bool {
        var seen: Set<String> = []
        var pending = [selectionSet]
        while let selectionSet = pending.popLast() {
            for selection in selectionSet.selections {
                switch selection {
                case .field(let field):
                    if !seen.insert(field.responseKey).inserted { return false }
                case .fragmentSpread:
                    return false
                case .inlineFragment(let fragment):
                    pending.append(fragment.selectionSet)
                }
            }
        }
        return true
    }

    /// The fragments among `fragmentNames`, and those they spread, that bring in a field with
    /// one of the given response names, directly or through the fragments they spread.
    mutating func fragments(reaching responseNames: Set<String>, from fragmentNames: [String]) -> Set<String> {
        // Every fragment reachable, and who spreads whom.
        var reachable: Set<String> = []
        var spreaders: [String: [String]] = [:]
        var pending = fragmentNames
        var reaching: [String] = []
        while let name = pending.popLast() {
            guard reachable.insert(name).inserted, let fieldMap = fieldMapID(forFragment: name) else { continue }
            let map = fieldMaps[fieldMap]
            if responseNames.contains(where: { map.groupIndex[$0] != nil }) { reaching.append(name) }
            for spread in map.fragmentNames {
                spreaders[spread, default: []].append(name)
                pending.append(spread)
            }
        }
        // Then back from the fragments with such a field to all that spread them.
        var result: Set<String> = []
        while let name = reaching.popLast() {
            guard result.insert(name).inserted else { continue }
            reaching.append(contentsOf: spreaders[name] ?? [])
        }
        return result
    }

    /// The most selections one merge check collects before it gives up and lets the pairwise
    /// comparison decide: it keeps a document built to make the check expensive (fragments that
    /// fan out at every level) from costing more than the comparison it replaces.
    static var mergeCheckBudget: Int { 50_000 }

    /// The deepest response path a merge check follows before it gives up. Recursive fragments
    /// (invalid, but still checked) make paths of any length out of a few selection sets.
    static var mergeCheckDepth: Int { 32 }

    private func canCertainlyMerge(_ fields: [CollectedField], depth: Int, budget: inout MergeCheckBudget) -> Bool {
        guard fields.count > 1 else { return true }
        // Identical fields agree with each other, but their sub-selections still must merge.
        var distinct: [CollectedField] = []
        var seen: Set<FieldVariant.Key> = []
        for field in fields where seen.insert(FieldVariant.Key(parentTypeName: field.parentTypeName, node: field.node)).inserted {
            distinct.append(field)
        }
        let first = distinct[0]
        var shape: TypeReference?
        for field in distinct {
            if field.node.name.value != first.node.name.value || !field.node.arguments.isEquivalent(to: first.node.arguments) {
                return false
            }
            guard let type = field.type else { continue }
            if let shape {
                if Self.typesConflict(shape, type, types: types) { return false }
            } else {
                shape = type
            }
        }
        let selectionSets = distinct.compactMap { field in
            field.node.selectionSet.map { ($0, field.type.flatMap { types[$0.namedType] }) }
        }
        return canCertainlyMerge(selectionSets, depth: depth, budget: &budget)
    }

    private func canCertainlyMerge(_ selectionSets: [(SelectionSet, NamedType?)], depth: Int, budget: inout MergeCheckBudget) -> Bool {
        guard depth < Self.mergeCheckDepth else { return false }
        var merged = MergedSelections(types: types, fragments: fragments)
        for (selectionSet, parentType) in selectionSets {
            merged.collect(selectionSet, parentType: parentType, budget: &budget)
            if budget.isExhausted { return false }
        }
        for responseName in merged.responseNames {
            guard let group = merged.fieldsByResponseName[responseName], group.count > 1 else { continue }
            if !canCertainlyMerge(group.map(\.field), depth: depth + 1, budget: &budget) { return false }
        }
        return true
    }
}

/// How many more selections a merge check may collect.
struct MergeCheckBudget {
    var remaining: Int

    var isExhausted: Bool { remaining < 0 }
}

/// A field gathered by ``MergedSelections``, with the members of the group it came from.
struct MergedField {
    var field: CollectedField
    var origins: [Int]
}

/// The fields of several selection sets gathered by response name, inline fragments flattened
/// and named fragments expanded, as one response object would receive them.
struct MergedSelections {
    let types: [String: NamedType]
    let fragments: [String: FragmentDefinition]
    var responseNames: [String] = []
    var fieldsByResponseName: [String: [MergedField]] = [:]
    private var expandedFragments: Set<String> = []

    init(types: [String: NamedType], fragments: [String: FragmentDefinition]) {
        self.types = types
        self.fragments = fragments
    }

    /// Adds the fields of a selection set, flattening fragments with a stack of its own so that
    /// chains of fragments cost no stack.
    ///
    /// - Parameters:
    ///   - selectionSet: The selection set to add.
    ///   - parentType: The type it selects on.
    ///   - origins: What the fields count as coming from. Without origins, each named fragment
    ///     is expanded once for all calls; with them, once per call, so that every origin that
    ///     spreads a fragment gets its fields.
    ///   - budget: Spent by one per selection.
    mutating func collect(_ selectionSet: SelectionSet, parentType: NamedType?, origins: [Int] = [], budget: inout MergeCheckBudget) {
        if !origins.isEmpty { expandedFragments = [] }
        var pending = [(selectionSet, parentType)]
        while let (selectionSet, parentType) = pending.popLast() {
            for selection in selectionSet.selections {
                budget.remaining -= 1
                if budget.isExhausted { return }
                switch selection {
                case .field(let node):
                    let field = CollectedField(
                        parentTypeName: parentType?.name,
                        parentIsObject: parentType?.kind == .object,
                        node: node,
                        type: parentType?.field(named: node.name.value)?.type
                    )
                    let responseName = node.responseKey
                    if fieldsByResponseName[responseName] == nil { responseNames.append(responseName) }
                    fieldsByResponseName[responseName, default: []].append(MergedField(field: field, origins: origins))
                case .fragmentSpread(let spread):
                    guard expandedFragments.insert(spread.name.value).inserted,
                        let fragment = fragments[spread.name.value]
                    else { continue }
                    pending.append((fragment.selectionSet, types[fragment.typeCondition.name.value]))
                case .inlineFragment(let fragment):
                    let type = fragment.typeCondition.map { types[$0.name.value] } ?? parentType
                    pending.append((fragment.selectionSet, type))
                }
            }
        }
    }
}
