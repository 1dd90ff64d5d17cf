/// An enum type: a closed set of names, serialized as strings.
package struct EnumType: Sendable {
    package var name: String
    package var description: String?
    package var values: [EnumValueDefinition] {
        didSet { valueNames = ValueNames(values) }
    }
    package var directives: [Directive]
    private var valueNames: ValueNames

    package init(name: String, description: String? = nil, values: [EnumValueDefinition], directives: [Directive] = []) {
        self.name = name
        self.description = description
        self.values = values
        self.directives = directives
        self.valueNames = ValueNames(values)
    }

    package func hasValue(_ name: String) -> Bool {
        valueNames.contains(name)
    }

    /// The names, for ``hasValue(_:)``, which runs for every enum a response holds. A short
    /// list is scanned rather than hashed: value names are mostly short enough to be stored
    /// inline in their `String`, where comparing two of them costs two word compares, against
    /// hashing the whole name for a set.
    private struct ValueNames: Sendable {
        static let scanned = 8
        let list: [String]
        let set: Set<String>?

        init(_ values: [EnumValueDefinition]) {
            list = values.map(\.name)
            set = list.count > Self.scanned ? Set(list) : nil
        }

        func contains(_ name: String) -> Bool {
            if let set { return set.contains(name) }
            return list.contains(name)
        }
    }

    package func value(named name: String) -> EnumValueDefinition? {
        values.first { $0.name == name }
    }
}

/// One value of an enum type.
package struct EnumValueDefinition: Sendable {
    package var name: String
    package var description: String?
    package var deprecationReason: String?
    package var directives: [Directive]

    package init(name: String, description: String? = nil, deprecationReason: String? = nil, directives: [Directive] = []) {
        self.name = name
        self.description = description
        self.deprecationReason = deprecationReason
        self.directives = directives
    }
}
