/// Remembers which pairs have already been compared for conflicts, and under which assumption.
///
/// A pair compared while its parents were *not* mutually exclusive has been checked for
/// everything, so it also answers for the mutually exclusive case; a pair compared as mutually
/// exclusive has been checked only for response shape and must be compared again when the
/// question is asked without that assumption. graphql-js's `PairSet` has the same contract.
struct ComparedPairs<Key: Hashable & Sendable>: Sendable {
    /// For each pair, whether it was recorded as mutually exclusive.
    private var recorded: [Key: Bool] = [:]

    /// Whether the pair was compared under an assumption at least as strong as this one.
    func contains(_ key: Key, mutuallyExclusive: Bool) -> Bool {
        guard let wasExclusive = recorded[key] else { return false }
        return mutuallyExclusive || !wasExclusive
    }

    mutating func insert(_ key: Key, mutuallyExclusive: Bool) {
        recorded[key] = mutuallyExclusive
    }
}

/// Two fragment names as an unordered pair: comparing A with B is comparing B with A.
struct FragmentPair: Hashable, Sendable {
    let first: String
    let second: String

    init(_ a: String, _ b: String) {
        if a < b {
            (first, second) = (a, b)
        } else {
            (first, second) = (b, a)
        }
    }
}

/// A collected field map and a fragment compared with it: an ordered pair, since the map is one
/// particular selection set while the fragment brings its own fields and spreads.
struct FieldMapAndFragment: Hashable, Sendable {
    let fieldMap: Int
    let fragment: String
}
