/// Finds the fields of a selection set that cannot be merged into one response entry: the
/// spec's FieldsInSetCanMerge, with graphql-js's results and its means of staying fast.
///
/// Two fields with one response name conflict when, under parents that may be the same object,
/// they name different fields or pass different arguments, or when (under any parents) their
/// types give different response shapes; sub-selections are compared recursively, and named
/// fragments are compared by name, each pair of fragments once.
///
/// The finder lives for one document: it caches the ``FieldMap`` of each selection set it has
/// seen and the pairs it has compared, so that checking every selection set of a document (as
/// the rule does) costs little more than checking the largest one. Compared with graphql-js,
/// fields written identically on one parent type are compared as one (see ``FieldMap``), so a
/// conflict with thousands of copies is found, and reported, once.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Field-Selection-Merging
struct FieldConflictFinder: Sendable {
    let schema: Schema
    let fragments: [String: FragmentDefinition]
    /// Above this many pairs of distinct fields, a group is first checked as a whole
    /// (``canCertainlyMerge(_:)``) and compared pair by pair only if that check fails.
    let mergeCheckThreshold: Int
    /// Small groups are compared pair by pair straight away: that is cheap, and the whole-group
    /// check would cost about as much.
    static let defaultMergeCheckThreshold = 32

    /// Every field map built so far; a map's identity is its index here.
    private var fieldMaps: [FieldMap] = []
    /// Field maps by the selection set they were collected from.
    private var fieldMapBySelectionSet: [SelectionSetKey: Int] = [:]
    private var comparedFragmentPairs = ComparedPairs<FragmentPair>()
    private var comparedFieldMapsAndFragments = ComparedPairs<FieldMapAndFragment>()

    /// - Parameters:
    ///   - schema: The schema the document is validated against.
    ///   - fragments: The document's fragment definitions by name (the last definition of each name).
    ///   - mergeCheckThreshold: The number of field pairs from which a group is checked as a
    ///     whole first; it changes how fast conflicts are found, never which. Tests lower it to
    ///     run the whole-group check on small documents.
    init(schema: Schema, fragments: [String: FragmentDefinition], mergeCheckThreshold: Int = defaultMergeCheckThreshold) {
        self.schema = schema
        self.fragments = fragments
        self.mergeCheckThreshold = mergeCheckThreshold
    }

    /// The conflicts among the fields of one selection set, including the fields its fragment
    /// spreads bring in; conflicts inside nested selection sets are found when those are checked.
    ///
    /// - Parameters:
    ///   - selectionSet: The selection set to check.
    ///   - parentType: The type it selects on; nil when unknown.
    /// - Returns: The conflicts in graphql-js's order.
    mutating func conflicts(within selectionSet: SelectionSet, parentType: NamedType?) -> [FieldConflict] {
        var conflicts: [FieldConflict] = []
        let fieldMap = fieldMapID(for: selectionSet, parentType: parentType)
        // (A) Fields of this selection set against each other.
        collectConflictsWithin(fieldMap, into: &conflicts)
        // (B) Those fields against each spread fragment, and (C) the fragments against each other.
        let fragmentNames = fieldMaps[fieldMap].fragmentNames
        for (index, fragmentName) in fragmentNames.enumerated() {
            collectConflicts(between: fieldMap, andFragment: fragmentName, mutuallyExclusive: false, into: &conflicts)
            for other in fragmentNames[(index + 1)...] {
                collectConflicts(betweenFragment: fragmentName, and: other, mutuallyExclusive: false, into: &conflicts)
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
        fieldMaps.append(FieldMap(collecting: selectionSet, parentType: parentType, schema: schema))
        if let key { fieldMapBySelectionSet[key] = id }
        return id
    }

    /// The field map of a fragment's own selection set, on its type condition.
    private mutating func fieldMapID(forFragment name: String) -> Int? {
        guard let fragment = fragments[name] else { return nil }
        if let key = SelectionSetKey(fragment.selectionSet), let cached = fieldMapBySelectionSet[key] {
            return cached
        }
        let type = schema.type(named: fragment.typeCondition.name.value)
        return fieldMapID(for: fragment.selectionSet, parentType: type)
    }

    // MARK: - Collecting conflicts

    /// (A) Every distinct field of a response name against every other one of the same map.
    private mutating func collectConflictsWithin(_ fieldMap: Int, into conflicts: inout [FieldConflict]) {
        for group in fieldMaps[fieldMap].groups {
            let variants = group.variants
            if variants.count > 1, variants.count * (variants.count - 1) / 2 > mergeCheckThreshold,
                canCertainlyMerge(variants.map(\.field))
            {
                continue
            }
            for (index, variant) in variants.enumerated() {
                // Fields within one collection are never mutually exclusive.
                if let repeated = variant.repeated,
                    let conflict = findConflict(group.responseName, variant.field, repeated, parentsMutuallyExclusive: false)
                {
                    conflicts.append(conflict)
                }
                for other in variants[(index + 1)...] {
                    if let conflict = findConflict(group.responseName, variant.field, other.field, parentsMutuallyExclusive: false) {
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
        mutuallyExclusive: Bool,
        into conflicts: inout [FieldConflict]
    ) {
        let map2 = fieldMaps[fieldMap2]
        for group in fieldMaps[fieldMap1].groups {
            let others = map2.variants(named: group.responseName)
            guard !others.isEmpty else { continue }
            if group.variants.count * others.count > mergeCheckThreshold,
                canCertainlyMerge(group.variants.map(\.field) + others.map(\.field))
            {
                continue
            }
            for variant in group.variants {
                for other in others {
                    if let conflict = findConflict(group.responseName, variant.field, other.field, parentsMutuallyExclusive: mutuallyExclusive) {
                        conflicts.append(conflict)
                    }
                }
            }
        }
    }

    /// (D, E) A field map against a fragment's fields and, recursively, the fragments it spreads.
    private mutating func collectConflicts(
        between fieldMap: Int,
        andFragment fragmentName: String,
        mutuallyExclusive: Bool,
        into conflicts: inout [FieldConflict]
    ) {
        let pair = FieldMapAndFragment(fieldMap: fieldMap, fragment: fragmentName)
        if comparedFieldMapsAndFragments.contains(pair, mutuallyExclusive: mutuallyExclusive) { return }
        comparedFieldMapsAndFragments.insert(pair, mutuallyExclusive: mutuallyExclusive)

        guard let fragmentMap = fieldMapID(forFragment: fragmentName) else { return }
        // A fragment's fields are not compared with themselves.
        if fragmentMap == fieldMap { return }
        collectConflicts(between: fieldMap, and: fragmentMap, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        for referenced in fieldMaps[fragmentMap].fragmentNames {
            collectConflicts(between: fieldMap, andFragment: referenced, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        }
    }

    /// (F, G) Two fragments' fields against each other, and each against the other's spreads.
    private mutating func collectConflicts(
        betweenFragment fragmentName1: String,
        and fragmentName2: String,
        mutuallyExclusive: Bool,
        into conflicts: inout [FieldConflict]
    ) {
        // A fragment is not compared with itself.
        if fragmentName1 == fragmentName2 { return }
        let pair = FragmentPair(fragmentName1, fragmentName2)
        if comparedFragmentPairs.contains(pair, mutuallyExclusive: mutuallyExclusive) { return }
        comparedFragmentPairs.insert(pair, mutuallyExclusive: mutuallyExclusive)

        guard let fieldMap1 = fieldMapID(forFragment: fragmentName1),
            let fieldMap2 = fieldMapID(forFragment: fragmentName2)
        else { return }
        collectConflicts(between: fieldMap1, and: fieldMap2, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        for referenced in fieldMaps[fieldMap2].fragmentNames {
            collectConflicts(betweenFragment: fragmentName1, and: referenced, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        }
        for referenced in fieldMaps[fieldMap1].fragmentNames {
            collectConflicts(betweenFragment: referenced, and: fragmentName2, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
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
        collectConflicts(between: fieldMap1, and: fieldMap2, mutuallyExclusive: mutuallyExclusive, into: &conflicts)
        let fragmentNames1 = fieldMaps[fieldMap1].fragmentNames
        let fragmentNames2 = fieldMaps[fieldMap2].fragmentNames
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
        if let type1 = field1.type, let type2 = field2.type, typesConflict(type1, type2) {
            return FieldConflict(
                reason: FieldConflictReason(responseName: responseName, kind: .conflictingTypes(type1, type2)),
                fields1: [node1.location],
                fields2: [node2.location]
            )
        }
        guard let selectionSet1 = node1.selectionSet, let selectionSet2 = node2.selectionSet else { return nil }
        let subConflicts = conflictsBetweenSubSelections(
            selectionSet1,
            on: field1.type.flatMap { schema.namedType(of: $0) },
            selectionSet2,
            on: field2.type.flatMap { schema.namedType(of: $0) },
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
    func typesConflict(_ type1: TypeReference, _ type2: TypeReference) -> Bool {
        switch (type1, type2) {
        case (.list(let item1), .list(let item2)):
            return typesConflict(item1, item2)
        case (.list, _), (_, .list):
            return true
        case (.nonNull(let inner1), .nonNull(let inner2)):
            return typesConflict(inner1, inner2)
        case (.nonNull, _), (_, .nonNull):
            return true
        case (.named(let name1), .named(let name2)):
            if isLeaf(name1) || isLeaf(name2) { return name1 != name2 }
            return false
        }
    }

    func isLeaf(_ typeName: String) -> Bool {
        schema.type(named: typeName)?.isLeaf ?? false
    }
}
