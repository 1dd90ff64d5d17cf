/// The header fields of a request or a response, in the order they were received or added.
///
/// Field names compare case-insensitively (RFC 9110 §5.1), so lookups fold ASCII case; the names
/// are kept as written so that a response goes out as the handler spelled it. A field that occurs
/// several times keeps every occurrence: ``values(_:)`` returns all of them and the subscript the
/// first.
package struct HTTPHeaders: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    package struct Field: Sendable, Hashable {
        package var name: String
        package var value: String

        package init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    private var fields: [Field]

    package init() {
        fields = []
    }

    package init(_ fields: [(String, String)]) {
        self.fields = fields.map { Field(name: $0.0, value: $0.1) }
    }

    package init(dictionaryLiteral elements: (String, String)...) {
        self.init(elements)
    }

    /// How many fields there are, counting repeated names once per occurrence.
    package var count: Int { fields.count }

    /// The first value of the field named `name`, nil when absent.
    package subscript(name: String) -> String? {
        fields.first { Self.same($0.name, name) }?.value
    }

    /// Every value of the field named `name`, in order.
    package func values(_ name: String) -> [String] {
        fields.filter { Self.same($0.name, name) }.map(\.value)
    }

    /// The values of the field named `name` as one list, joined by commas as RFC 9110 §5.3
    /// allows for list-based fields; nil when absent. A field sent once (the usual case) comes
    /// back as it is, with no array or new string made.
    package func combinedValue(_ name: String) -> String? {
        guard let first = fields.firstIndex(where: { Self.same($0.name, name) }) else { return nil }
        var combined = fields[first].value
        for field in fields[(first + 1)...] where Self.same(field.name, name) {
            combined += "," + field.value
        }
        return combined
    }

    /// Whether a field named `name` is present.
    package func contains(_ name: String) -> Bool {
        fields.contains { Self.same($0.name, name) }
    }

    /// Appends a field, keeping any earlier one of the same name.
    package mutating func add(_ name: String, _ value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// Sets a field: the first occurrence of the name takes the new name and value in place,
    /// later ones are removed; a new name is appended.
    package mutating func replace(_ name: String, _ value: String) {
        guard let first = fields.firstIndex(where: { Self.same($0.name, name) }) else {
            fields.append(Field(name: name, value: value))
            return
        }
        fields[first] = Field(name: name, value: value)
        let rest = fields.index(after: first)
        if fields[rest...].contains(where: { Self.same($0.name, name) }) {
            let kept = fields[rest...].filter { !Self.same($0.name, name) }
            fields.replaceSubrange(rest..., with: kept)
        }
    }

    /// Makes room for `count` fields in all, so that adding them allocates at most once.
    package mutating func reserveCapacity(_ count: Int) {
        fields.reserveCapacity(count)
    }

    /// Removes every occurrence of the field named `name`.
    package mutating func remove(_ name: String) {
        // Usually there is nothing to remove: look before asking for a unique copy to edit.
        guard fields.contains(where: { Self.same($0.name, name) }) else { return }
        fields.removeAll { Self.same($0.name, name) }
    }

    package func makeIterator() -> IndexingIterator<[Field]> {
        fields.makeIterator()
    }

    /// Compares two field names ignoring ASCII case, without allocating.
    private static func same(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        // Most lookups spell the name as the peer did (`Content-Type`): one memory compare.
        if a == b { return true }
        for (x, y) in zip(a.utf8, b.utf8) where x != y {
            guard x | 0x20 == y | 0x20, (x | 0x20) >= UInt8(ascii: "a"), (x | 0x20) <= UInt8(ascii: "z") else { return false }
        }
        return true
    }
}
