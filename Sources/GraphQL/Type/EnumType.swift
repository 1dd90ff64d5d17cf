/// An enum type: a closed set of names, serialized as strings.
package struct EnumType: Sendable {
    package var name: String
    package var description: String?
    package var values: [EnumValueDefinition]
    package var directives: [Directive]
    private var valueNames: Set<String>

    package init(name: String, description: String? = nil, values: [EnumValueDefinition], directives: [Directive] = []) {
        self.name = name
        self.description = description
        self.values = values
        self.directives = directives
        self.valueNames = Set(values.map(\.name))
    }

    package func hasValue(_ name: String) -> Bool {
        valueNames.contains(name)
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
