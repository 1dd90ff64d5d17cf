extension ValueNode {
    /// Whether two argument values are the same for field merging: equal once the fields of
    /// every object literal are sorted by name, as graphql-js compares its printed, sorted values.
    ///
    /// Literals keep their written form (`1` differs from `1.0`, a block string from a quoted
    /// one), and a variable equals only the same variable. Locations never matter.
    func isEquivalent(to other: ValueNode) -> Bool {
        switch (kind, other.kind) {
        case (.list(let items1), .list(let items2)):
            guard items1.count == items2.count else { return false }
            return zip(items1, items2).allSatisfy { $0.isEquivalent(to: $1) }
        case (.object(let fields1), .object(let fields2)):
            guard fields1.count == fields2.count else { return false }
            let sorted1 = fields1.sortedByName()
            let sorted2 = fields2.sortedByName()
            return zip(sorted1, sorted2).allSatisfy { field1, field2 in
                field1.name.value == field2.name.value && field1.value.isEquivalent(to: field2.value)
            }
        default:
            return kind == other.kind
        }
    }
}

extension [ObjectFieldNode] {
    /// The fields in name order; fields with one name keep their written order.
    fileprivate func sortedByName() -> [ObjectFieldNode] {
        enumerated()
            .sorted { ($0.element.name.value, $0.offset) < ($1.element.name.value, $1.offset) }
            .map(\.element)
    }
}

extension [Argument] {
    /// Whether two argument lists pass the same values: same count, and each argument here has a
    /// namesake there with an equivalent value. An empty list equals only an empty list.
    func isEquivalent(to other: [Argument]) -> Bool {
        guard count == other.count else { return false }
        if isEmpty { return true }
        var valuesByName: [String: ValueNode] = [:]
        for argument in other {
            valuesByName[argument.name.value] = argument.value
        }
        return allSatisfy { argument in
            guard let value = valuesByName[argument.name.value] else { return false }
            return argument.value.isEquivalent(to: value)
        }
    }
}
