/// Groups names that are written more than once, for the uniqueness rules that report every
/// occurrence of a duplicated name in one error.
enum DuplicateNames {
    /// Each name written more than once with the locations of all its occurrences, in the order
    /// of first occurrence.
    static func groups(_ names: [Name]) -> [(name: String, locations: [Location])] {
        guard names.count > 1 else { return [] }
        var order: [String] = []
        var locations: [String: [Location]] = [:]
        for name in names {
            if locations[name.value] == nil { order.append(name.value) }
            locations[name.value, default: []].append(name.location)
        }
        return order.compactMap { name in
            guard let found = locations[name], found.count > 1 else { return nil }
            return (name, found)
        }
    }
}
