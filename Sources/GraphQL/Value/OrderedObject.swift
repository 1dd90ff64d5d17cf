/// An object's entries in the order they were written.
///
/// GraphQL responses are ordered maps and JSON objects are read in order, so a dictionary would
/// lose information. Lookups are linear: the objects that pass through here (input objects,
/// variables, JSON scalar values) are small. Two objects are equal when they hold the same entries
/// in the same order.
package struct OrderedObject: Sendable, Hashable, Sequence {
    package struct Entry: Sendable, Hashable {
        package var key: String
        package var value: Value

        package init(key: String, value: Value) {
            self.key = key
            self.value = value
        }
    }

    package private(set) var entries: [Entry]

    package init() {
        entries = []
    }

    package init(_ pairs: [(String, Value)]) {
        entries = []
        entries.reserveCapacity(pairs.count)
        for (key, value) in pairs { self[key] = value }
    }

    package var count: Int { entries.count }
    package var isEmpty: Bool { entries.isEmpty }
    package var keys: [String] { entries.map(\.key) }

    /// Reads a key; assigning replaces the value in place or appends a new entry, and assigning
    /// `nil` removes the entry.
    package subscript(key: String) -> Value? {
        get { entries.first { $0.key == key }?.value }
        set {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                if let newValue { entries[index].value = newValue } else { entries.remove(at: index) }
            } else if let newValue {
                entries.append(Entry(key: key, value: newValue))
            }
        }
    }

    /// Appends without looking for an existing key, for builders that know keys are unique.
    package mutating func appendUnchecked(key: String, value: Value) {
        entries.append(Entry(key: key, value: value))
    }

    package func makeIterator() -> IndexingIterator<[Entry]> {
        entries.makeIterator()
    }
}
