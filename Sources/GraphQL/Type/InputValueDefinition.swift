/// An argument of a field or directive, or a field of an input object.
package struct InputValueDefinition: Sendable {
    package var name: String
    package var description: String?
    package var type: TypeReference
    /// The default as written in SDL, kept for introspection's `defaultValue` and the printer.
    package var defaultValueNode: ValueNode?
    /// The default after coercion to ``type``: what execution uses when the input is absent.
    package var defaultValue: Value?
    package var deprecationReason: String?
    package var directives: [Directive]

    package init(
        name: String,
        description: String? = nil,
        type: TypeReference,
        defaultValueNode: ValueNode? = nil,
        defaultValue: Value? = nil,
        deprecationReason: String? = nil,
        directives: [Directive] = []
    ) {
        self.name = name
        self.description = description
        self.type = type
        self.defaultValueNode = defaultValueNode
        self.defaultValue = defaultValue
        self.deprecationReason = deprecationReason
        self.directives = directives
    }
}

/// An input object type: named input fields; with `@oneOf`, exactly one of them must be given.
package struct InputObjectType: Sendable {
    package var name: String
    package var description: String?
    package var fields: [InputValueDefinition]
    package var isOneOf: Bool
    package var directives: [Directive]

    package init(name: String, description: String? = nil, fields: [InputValueDefinition], isOneOf: Bool = false, directives: [Directive] = []) {
        self.name = name
        self.description = description
        self.fields = fields
        self.isOneOf = isOneOf
        self.directives = directives
    }

    package func field(named name: String) -> InputValueDefinition? {
        fields.first { $0.name == name }
    }
}
