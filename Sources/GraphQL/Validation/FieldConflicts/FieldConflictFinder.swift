/// Finds the fields of a selection set that cannot be merged into one response entry: the
/// spec's FieldsInSetCanMerge, with graphql-js's results and its means of staying fast.
///
/// Two fields with one response name conflict when, under parents that may be the same object,
/// they name different fields or pass different arguments, or when (under any parents) their
/// types give different response shapes; sub-selections are compared recursively, and named
/// fragments are compared by name, each pair of fragments once.
///
/// The finder lives for one document: it caches the ``FieldMap`` of each selection set it has
/// seen and the pairs it has compared, as graphql-js does. Beyond graphql-js, it keeps
/// thousands of fields from costing millions of comparisons:
/// - fields written identically on one parent type are compared as one (see ``FieldMap``), so
///   a conflict with thousands of copies is found, and reported, once;
/// - a selection set that spreads no fragment and repeats no response name is skipped;
/// - a large group of fields, or a selection set with many fragments, is first checked as a
///   whole in one pass (see `FieldConflictFinder+Shortcuts.swift`); when that check cannot
///   clear it, a second pass names the pairs of fields that might conflict
///   (`FieldConflictFinder+Candidates.swift`) or the response names and fragments involved, and
///   only those are compared as graphql-js compares them, in its order, so the conflicts
///   reported are graphql-js's;
/// - what pairwise comparison remains has a budget per document (and a nesting limit); past it
///   the finder stops, and the rule refuses the document rather than let it through unchecked.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
struct FieldConflictFinder: Sendable {
    /// The schema's types, for the lookups made per field.
    let types: [String: NamedType]
    let fragments: [String: FragmentDefinition]
    /// Above this many pairs of distinct fields, a group is first checked as a whole
    /// (``canCertainlyMerge(_:)``) and compared pair by pair only if that check fails.
    let mergeCheckThreshold: Int
    /// Small groups are compared pair by pair straight away: that is cheap, and the whole-group
    /// check would cost about as much.
    static let defaultMergeCheckThreshold = 32

    /// The field comparisons one document may cost. Valid documents stay far below it, however
    /// large, since big groups pass the whole-group check; it bounds the pairwise comparison of a
    /// document built to defeat that check (thousands of distinct fields with one response name
    /// and a conflict among them), which graphql-js would pursue for minutes.
    static let defaultComparisonBudget = 100_000

    /// The most candidate pairs worth comparing one by one in a large group; past it, every
    /// pair is compared (within the budget).
    static let candidateLimit = 20_000

    /// The deepest nesting of sub-selections compared. Execution refuses documents a fraction as
    /// deep; this only keeps chains of fragments from exhausting the stack.
    static let maxDepth = 100

    /// Whether the finder ran out of comparisons (or of nesting) before it could finish: from
    /// then on it finds nothing, and the rule reports that the document could not be checked.
    private(set) var isExhausted = false
    /// Comparisons left for the whole document; see ``defaultComparisonBudget``.
    private var comparisonsLeft: Int
    /// How deep the comparison of sub-selections currently is.
    private var depth = 0
    /// The most conflicts the current ``conflicts(within:parentType:limit:)`` call wants. Only
    /// top-level conflicts count (`depth == 0`): nested ones are all kept, since together they
    /// make up one conflict's message.
    private var reportLimit = Int.max

    /// Every field map built so far; a map's identity is its index here.
    private(set) var fieldMaps: [FieldMap] = []
    /// Field maps by the selection set they were collected from.
    private var fieldMapBySelectionSet: [SelectionSetKey: Int] = [:]
    /// Field maps of fragment definitions by fragment name; nil for unknown fragments.
    private var fieldMapByFragment: [String: Int?] = [:]
    private var comparedFragmentPairs = ComparedPairs<FragmentPair>()
    private var comparedFieldMapsAndFragments = ComparedPairs<FieldMapAndFragment>()

    /// - Parameters:
    ///   - schema: The schema the document is validated against.
    ///   - fragments: The document's fragment definitions by name (the last definition of each name).
    ///   - mergeCheckThreshold: The number of pairs (of distinct fields, or of fragments) above
    ///     which a group is checked as a whole first; it changes how fast conflicts are found,
    ///     never which. Tests set it below zero to run the whole-group check everywhere.
    ///   - comparisonBudget: The field comparisons the document may cost; see
    ///     ``defaultComparisonBudget``.
    init(
        schema: Schema,
        fragments: [String: FragmentDefinition],
        mergeCheckThreshold: Int = defaultMergeCheckThreshold,
        comparisonBudget: Int = defaultComparisonBudget
    ) {
        self.types = schema.types
        self.fragments = fragments
        self.mergeCheckThreshold = mergeCheckThreshold
        self.comparisonsLeft = comparisonBudget
    }

    /// The conflicts among the fields of one selection set, including the fields its fragment
    /// spreads bring in; conflicts inside nested selection sets are found when those are checked.
    ///
    /// - Parameters:
    ///   - selectionSet: The selection set to check.
    ///   - parentType: The type it selects on; nil when unknown.
    ///   - limit: The most conflicts wanted: the search stops once it has found that many.
    /// - Returns: The conflicts in graphql-js's order.
    mutating func conflicts(within selectionSet: SelectionSet, parentType: NamedType?, limit: Int = .max) -> [FieldConflict] {
        if isExhausted || limit <= 0 || Self.hasOnlyDistinctFields(selectionSet) { return [] }
        reportLimit = limit
        defer { reportLimit = .max }
        var conflicts: [FieldConflict] = []
        let fieldMap = fieldMapID(for: selectionSet, parentType: parentType)
        var fragmentNames = fieldMaps[fieldMap].fragmentNames
        // With many fragments, the pairs of fragments are many more: first find the response
        // names that might conflict at all, and compare only those, and only the fragments
        // that bring such a name in. Comparing a pair of fragments on the other names could
        // find nothing, so this changes no result.
        var names: Set<String>?
        if fragmentNames.count * (fragmentNames.count - 1) / 2 > mergeCheckThreshold,
            let uncertain = responseNamesThatMayConflict(in: [(selectionSet, parentType)])
        {
            if uncertain.isEmpty { return [] }
            names = uncertain
            let reaching = fragments(reaching: uncertain, from: fragmentNames)
            fragmentNames = fragmentNames.filter { reaching.contains($0) }
        }
        // (A) Fields of this selection set against each other.
        collectConflictsWithin(fieldMap, names: names, into: &conflicts)
        // (B) Those fields against each spread fragment, and (C) the fragments against each other.
        for (index, fragmentName) in fragmentNames.enumerated() {
            collectConflicts(between: fieldMap, andFragment: fragmentName, names: names, mutuallyExclusive: false, into: &conflicts)
            for other in fragmentNames[(index + 1)...] {
                collectConflicts(betweenFragment: fragmentName, and: other, names: names, mutuallyExclusive: false, into: &conflicts)
            }
        }
        return conflicts
    }

    // MARK: - Field maps

    /// Where a selection set was written; parsed selection sets never share one.
    private struct SelectionSetKey: Hashable {
        let start: Int
        let end: Int

        /// Nil for a selection set made in code, which has no location to tell it apart.
        init?(_ selectionSet: SelectionSet) {
            guard selectionSet.location.end > 0 else { return nil }
            start = selectionSet.location.start
            end = selectionSet.location.end
        }
    }

    private mutating func fieldMapID(for selectionSet: SelectionSet, parentType: NamedType?) -> Int {
        let key = SelectionSetKey(selectionSet)
        if let key, let cached = fieldMapBySelectionSet[key] { return cached }
        let id = fieldMaps.count
        fieldMaps.append(FieldMap(collecting: selectionSet, parentType: parentType, types: types))
        if let key { fieldMapBySelectionSet[key] = id }
        return id
    }

    /// The field map of a fragment's own selection set, on its type condition.
    mutating func fieldMapID(forFragment name: String) -> Int? {
        if let cached = fieldMapByFragment[name] { return cached }
        var id: Int?
        if let fragment = fragments[name] {
            id = fieldMapID(for: fragment.selectionSet, parentType: types[fragment.typeCondition.name.value])
        }
        fieldMapByFragment[name] = id
        return id
    }

    /// Takes one comparison from the budget; false (and exhausted from now on) when none is left.
    private mutating func spendComparison() -> Bool {
        if isExhausted { return false }
        comparisonsLeft -= 1
        if comparisonsLeft < 0 { isExhausted = true }
        return !isExhausted
    }

    // MARK: - Collecting conflicts

    /// (A) Every distinct field of a response name against every other one of the same map.
    private mutating func collectConflictsWithin(_ fieldMap: Int, names: Set<String>?, into conflicts: inout [FieldConflict]) {
        for group in fieldMaps[fieldMap].groups {
            if let names, !names.contains(group.responseName) { continue }
            let variants = group.variants
            // Large groups: compare only the pairs that might conflict, in the same order.
            var partners: [Int: [Int]]?
            if variants.count * (variants.count - 1) / 2 > mergeCheckThreshold {
                let fields = variants.map(\.field)
                // With the repeated copies, whose sub-selections are compared with each other too.
                if canCertainlyMerge(fields + variants.compactMap(\.repeated)) { continue }
                if let candidates = candidatePairs(among: fields, limit: Self.candidateLimit) {
                    partners = Dictionary(grouping: candidates.sorted(), by: \.first).mapValues { $0.map(\.second) }
                }
            }
            for (index, variant) in variants.enumerated() {
                if isExhausted || (depth == 0 && conflicts.count >= reportLimit) { return }
                // Fields within one collection are never mutually exclusive.
                if let repeated = variant.repeated,
                    let conflict = findConflict(group.responseName, variant.field, repeated, parentsMutuallyExclusive: false)
                {
                    conflicts.append(conflict)
                }
                let others = partners.map { $0[index] ?? [] } ?? Array(variants.indices.dropFirst(index + 1))
                for other in others {
                    if let conflict = findConflict(group.responseName, variant.field, variants[other].field, parentsMutuallyExclusive: false) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    /// (H) Every field of one map against every field of the other with the same response name.
    private mutating func collectConflicts(
        between fieldMap1: Int,
        and fieldMap2: Int,
        names: Set<String>? = nil,
        mutuallyExclusive: Bool,
        into conflicts: inout [FieldConflict]
    ) {
        guard spendComparison() else { return }
        let map2 = fieldMaps[fieldMap2]
        for group in fieldMaps[fieldMap1].groups {
            if let names, !names.contains(group.responseName) { continue }
            let others = map2.variants(named: group.responseName)
            guard !others.isEmpty else { continue }
            // Large groups: compare only the pairs that might conflict, in the same order. The
            // candidates are indices into both lists, the second list's after the first's.
            let count = group.variants.count
            var partners: [Int: [Int]]?
            if count * others.count > mergeCheckThreshold {
                let fields = group.variants.map(\.field) + others.map(\.field)
                if canCertainlyMerge(fields) { continue }
                if let candidates = candidatePairs(among: fields, limit: Self.candidateLimit) {
                    let across = candidates.filter { $0.first < count && $0.second >= count }.sorted()
                    partners = Dictionary(grouping: across, by: \.first).mapValues { $0.map { $0.second - count } }
                }
            }
            for (index, variant) in group.variants.enumerated() {
                if isExhausted || (depth == 0 && conflicts.count >= reportLimit) { return }
                for other in partners.map({ $0[index] ?? [] }) ?? Array(others.indices) {
                    if let conflict = findConflict(group.responseName, variant.field, others[other].field, parentsMutuallyExclusive: mutuallyExclusive) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    /// (D, E) A field map against a fragment's fields and, recursively, the fragments it spreads.
    ///
    /// Walks the spreads depth first with a stack of its own, in graphql-js's order, so that a
    /// long chain of fragments costs no stack.
    private mutating func collectConflicts(
        between fieldMap: Int,
        andFragment fragmentName: String,
        names: Set<String>? = nil,
        mutuallyExclusive: Bool,
        into conflicts: inout [FieldConflict]
    ) {
        var pending = [fragmentName]
        while let name = pending.popLast(), !isExhausted, !(depth == 0 && conflicts.count >= reportLimit) {
            let pair = FieldMapAndFragment(fieldMap: fieldMap, fragment: name)
            if comparedFieldMapsAndFragments.contains(pair, mutuallyExclusive: mutuallyExclusive) { continue }
            comparedFieldMapsAndFragments.insert(pair, mutuallyExclusive: mutuallyExclusive)

            // A fragment's fields are not compared with themselves.
            guard let fragmentMap = fieldMapID(forFragment: name), fragmentMap != fieldMap else { continue }
            collectConflicts(between: fieldMap, and: fragmentMap, names: names, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
            pending.append(contentsOf: fieldMaps[fragmentMap].fragmentNames.reversed())
        }
    }

    /// (F, G) Two fragments' fields against each other, and each against the other's spreads.
    ///
    /// Walks the pairs depth first with a stack of its own, in graphql-js's order.
    private mutating func collectConflicts(
        betweenFragment fragmentName1: String,
        and fragmentName2: String,
        names: Set<String>? = nil,
        mutuallyExclusive: Bool,
        into conflicts: inout [FieldConflict]
    ) {
        var pending = [(fragmentName1, fragmentName2)]
        while let (name1, name2) = pending.popLast(), !isExhausted, !(depth == 0 && conflicts.count >= reportLimit) {
            // A fragment is not compared with itself.
            if name1 == name2 { continue }
            let pair = FragmentPair(name1, name2)
            if comparedFragmentPairs.contains(pair, mutuallyExclusive: mutuallyExclusive) { continue }
            comparedFragmentPairs.insert(pair, mutuallyExclusive: mutuallyExclusive)

            guard let fieldMap1 = fieldMapID(forFragment: name1), let fieldMap2 = fieldMapID(forFragment: name2) else { continue }
            collectConflicts(between: fieldMap1, and: fieldMap2, names: names, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
            // Next: the first fragment against each spread of the second, then each spread of
            // the first against the second; pushed in reverse so they come off in that order.
            let next = fieldMaps[fieldMap2].fragmentNames.map { (name1, $0) } + fieldMaps[fieldMap1].fragmentNames.map { ($0, name2) }
            pending.append(contentsOf: next.reversed())
        }
    }

    /// (H, I, J) The sub-selections of two fields with one response name, fragments included.
    private mutating func conflictsBetweenSubSelections(
        _ selectionSet1: SelectionSet,
        on parentType1: NamedType?,
        _ selectionSet2: SelectionSet,
        on parentType2: NamedType?,
        mutuallyExclusive: Bool
    ) -> [FieldConflict] {
        var conflicts: [FieldConflict] = []
        let fieldMap1 = fieldMapID(for: selectionSet1, parentType: parentType1)
        let fieldMap2 = fieldMapID(for: selectionSet2, parentType: parentType2)
        let fragmentNames1 = fieldMaps[fieldMap1].fragmentNames
        let fragmentNames2 = fieldMaps[fieldMap2].fragmentNames
        if fragmentNames1.count * fragmentNames2.count > mergeCheckThreshold,
            canCertainlyMerge([(selectionSet1, parentType1), (selectionSet2, parentType2)])
        {
            return []
        }
        collectConflicts(between: fieldMap1, and: fieldMap2, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        for fragmentName in fragmentNames2 {
            collectConflicts(between: fieldMap1, andFragment: fragmentName, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        }
        for fragmentName in fragmentNames1 {
            collectConflicts(between: fieldMap2, andFragment: fragmentName, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        }
        for fragmentName1 in fragmentNames1 {
            for fragmentName2 in fragmentNames2 {
                collectConflicts(betweenFragment: fragmentName1, and: fragmentName2, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
            }
        }
        return conflicts
    }

    // MARK: - Comparing two fields

    /// Whether two fields with one response name conflict, and why.
    private mutating func findConflict(
        _ responseName: String,
        _ field1: CollectedField,
        _ field2: CollectedField,
        parentsMutuallyExclusive: Bool
    ) -> FieldConflict? {
        guard spendComparison() else { return nil }
        // Fields on two distinct object types can never both apply, so they may differ in name
        // and arguments as long as their response shapes agree.
        let mutuallyExclusive =
            parentsMutuallyExclusive
            || (field1.parentTypeName != field2.parentTypeName && field1.parentIsObject && field2.parentIsObject)
        let node1 = field1.node
        let node2 = field2.node
        if !mutuallyExclusive {
            if node1.name.value != node2.name.value {
                return FieldConflict(
                    reason: FieldConflictReason(responseName: responseName, kind: .differentFields(node1.name.value, node2.name.value)),
                    fields1: [node1.location],
                    fields2: [node2.location]
                )
            }
            if !node1.arguments.isEquivalent(to: node2.arguments) {
                return FieldConflict(
                    reason: FieldConflictReason(responseName: responseName, kind: .differingArguments),
                    fields1: [node1.location],
                    fields2: [node2.location]
                )
            }
        }
        if let type1 = field1.type, let type2 = field2.type, Self.typesConflict(type1, type2, types: types) {
            return FieldConflict(
                reason: FieldConflictReason(responseName: responseName, kind: .conflictingTypes(type1, type2)),
                fields1: [node1.location],
                fields2: [node2.location]
            )
        }
        guard let selectionSet1 = node1.selectionSet, let selectionSet2 = node2.selectionSet else { return nil }
        guard depth < Self.maxDepth else {
            isExhausted = true
            return nil
        }
        depth += 1
        defer { depth -= 1 }
        let subConflicts = conflictsBetweenSubSelections(
            selectionSet1,
            on: field1.type.flatMap { types[$0.namedType] },
            selectionSet2,
            on: field2.type.flatMap { types[$0.namedType] },
            mutuallyExclusive: mutuallyExclusive
        )
        guard !subConflicts.isEmpty else { return nil }
        return FieldConflict(
            reason: FieldConflictReason(responseName: responseName, kind: .subfields(subConflicts.map(\.reason))),
            fields1: [node1.location] + subConflicts.flatMap(\.fields1),
            fields2: [node2.location] + subConflicts.flatMap(\.fields2)
        )
    }

    /// Whether two output types give different response shapes: different list or non-null
    /// wrapping, or different leaf types. Two composite types never conflict here; their
    /// sub-selections are compared instead.
    static func typesConflict(_ type1: TypeReference, _ type2: TypeReference, types: [String: NamedType]) -> Bool {
        switch (type1, type2) {
        case (.list(let item1), .list(let item2)):
            return typesConflict(item1, item2, types: types)
        case (.list, _), (_, .list):
            return true
        case (.nonNull(let inner1), .nonNull(let inner2)):
            return typesConflict(inner1, inner2, types: types)
        case (.nonNull, _), (_, .nonNull):
            return true
        case (.named(let name1), .named(let name2)):
            if name1 == name2 { return false }
            return types[name1]?.isLeaf ?? false || types[name2]?.isLeaf ?? false
        }
    }
}
