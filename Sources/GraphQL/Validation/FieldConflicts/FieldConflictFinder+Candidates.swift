extension FieldConflictFinder {
    /// The pairs among `fields` that might conflict, found in one pass over the fields and their
    /// merged sub-selections: the only pairs a large group needs compared one by one.
    ///
    /// Two fields are a candidate when, somewhere in the merged selections (named fragments
    /// expanded), a field from one and a field from the other have the same response name but
    /// different names or arguments, or conflicting types. Parents are ignored, so a candidate
    /// may turn out not to conflict after all; a pair that is not a candidate certainly does
    /// not. Pairs of a field with itself are not given: identical copies are compared apart.
    ///
    /// - Parameters:
    ///   - fields: The fields to pair up; a pair names two of their indices.
    ///   - limit: The most candidates worth returning.
    /// - Returns: The candidates, or nil when there are more than `limit` or the search ran out
    ///   of budget: then every pair must be compared.
    func candidatePairs(among fields: [CollectedField], limit: Int) -> Set<FieldPair>? {
        var search = CandidateSearch(limit: limit)
        let merged = fields.enumerated().map { MergedField(field: $0.element, origins: [$0.offset]) }
        collectCandidates(merged, depth: 0, into: &search)
        return search.gaveUp ? nil : search.pairs
    }

    /// The most classes of fields (distinct names and arguments, or distinct shapes) one
    /// response name may have before the search gives up: each class must be paired with
    /// every other.
    static var maxCandidateClasses: Int { 64 }

    private func collectCandidates(_ fields: [MergedField], depth: Int, into search: inout CandidateSearch) {
        guard fields.count > 1, !search.gaveUp else { return }
        guard depth < Self.mergeCheckDepth else { return search.giveUp() }

        // Identical fields become one, with the origins of all.
        var distinct: [MergedField] = []
        var indexByKey: [FieldVariant.Key: Int] = [:]
        for merged in fields {
            let key = FieldVariant.Key(parentTypeName: merged.field.parentTypeName, node: merged.field.node)
            if let index = indexByKey[key] {
                distinct[index].origins += merged.origins
            } else {
                indexByKey[key] = distinct.count
                distinct.append(merged)
            }
        }

        // Fields with different names or arguments may conflict, and so may fields with
        // conflicting types: each such class is paired with each other.
        var byNameAndArguments: [(representative: Field, origins: [Int])] = []
        var byShape: [(representative: TypeReference, origins: [Int])] = []
        for index in distinct.indices where distinct[index].origins.count > 1 {
            distinct[index].origins = Array(Set(distinct[index].origins))
        }
        for merged in distinct {
            let node = merged.field.node
            if let index = byNameAndArguments.firstIndex(where: {
                $0.representative.name.value == node.name.value && $0.representative.arguments.isEquivalent(to: node.arguments)
            }) {
                byNameAndArguments[index].origins += merged.origins
            } else {
                byNameAndArguments.append((node, merged.origins))
            }
            if let type = merged.field.type {
                if let index = byShape.firstIndex(where: { !Self.typesConflict($0.representative, type, types: types) }) {
                    byShape[index].origins += merged.origins
                } else {
                    byShape.append((type, merged.origins))
                }
            }
            if byNameAndArguments.count > Self.maxCandidateClasses || byShape.count > Self.maxCandidateClasses {
                return search.giveUp()
            }
        }
        search.pairAcross(byNameAndArguments.map { Array(Set($0.origins)) })
        search.pairAcross(byShape.map { Array(Set($0.origins)) })

        // Then the sub-selections of them all, merged.
        var merged = MergedSelections(types: types, fragments: fragments)
        for field in distinct {
            guard let selectionSet = field.field.node.selectionSet else { continue }
            merged.collect(selectionSet, parentType: field.field.type.flatMap { types[$0.namedType] }, origins: field.origins, budget: &search.budget)
            if search.budget.isExhausted { return search.giveUp() }
        }
        for responseName in merged.responseNames {
            guard let group = merged.fieldsByResponseName[responseName], group.count > 1 else { continue }
            collectCandidates(group, depth: depth + 1, into: &search)
            if search.gaveUp { return }
        }
    }
}

/// Two of the fields given to ``FieldConflictFinder/candidatePairs(among:limit:)``, by index,
/// the smaller first.
struct FieldPair: Hashable, Comparable {
    let first: Int
    let second: Int

    init(_ a: Int, _ b: Int) {
        (first, second) = a < b ? (a, b) : (b, a)
    }

    static func < (lhs: FieldPair, rhs: FieldPair) -> Bool {
        (lhs.first, lhs.second) < (rhs.first, rhs.second)
    }
}

/// The candidates found so far, and what the search may still spend.
private struct CandidateSearch {
    let limit: Int
    var pairs: Set<FieldPair> = []
    var budget = MergeCheckBudget(remaining: FieldConflictFinder.mergeCheckBudget)
    private(set) var gaveUp = false

    init(limit: Int) {
        self.limit = limit
    }

    mutating func giveUp() {
        gaveUp = true
    }

    /// Adds every pair of origins from two different groups (an origin with itself aside).
    mutating func pairAcross(_ groups: [[Int]]) {
        guard groups.count > 1 else { return }
        for (index, first) in groups.enumerated() {
            for second in groups[(index + 1)...] {
                for a in first {
                    for b in second where a != b {
                        budget.remaining -= 1
                        pairs.insert(FieldPair(a, b))
                        if pairs.count > limit || budget.isExhausted { return giveUp() }
                    }
                }
            }
        }
    }
}
