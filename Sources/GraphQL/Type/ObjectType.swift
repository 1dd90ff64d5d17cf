/// An object type: a set of named fields, each with a resolver.
package struct ObjectType: Sendable {
    package var name: String
    package var description: String?
    package var interfaces: [String]
    package var fields: [FieldDefinition] {
        didSet { fieldIndex = FieldDefinition.index(fields) }
    }
    /// The directives applied in SDL, kept so the printer can write them back.
    package var directives: [Directive]
    private var fieldIndex: [String: Int]

    package init(name: String, description: String? = nil, interfaces: [String] = [], fields: [FieldDefinition], directives: [Directive] = []) {
        self.name = name
        self.description = description
        self.interfaces = interfaces
        self.fields = fields
        self.directives = directives
        self.fieldIndex = FieldDefinition.index(fields)
    }

    package func field(named name: String) -> FieldDefinition? {
        fieldIndex[name].map { fields[$0] }
    }
}

/// An interface: fields that every implementing type has.
package struct InterfaceType: Sendable {
    package var name: String
    package var description: String?
    package var interfaces: [String]
    package var fields: [FieldDefinition] {
        didSet { fieldIndex = FieldDefinition.index(fields) }
    }
    package var directives: [Directive]
    /// Chooses the object type of a resolved value when the resolver did not say
    /// (``FieldValue/object(_:typeName:)`` with a nil type name).
    package var resolveType: TypeResolver?
    private var fieldIndex: [String: Int]

    package init(
        name: String,
        description: String? = nil,
        interfaces: [String] = [],
        fields: [FieldDefinition],
        directives: [Directive] = [],
        resolveType: TypeResolver? = nil
    ) {
        self.name = name
        self.description = description
        self.interfaces = interfaces
        self.fields = fields
        self.directives = directives
        self.resolveType = resolveType
        self.fieldIndex = FieldDefinition.index(fields)
    }

    package func field(named name: String) -> FieldDefinition? {
        fieldIndex[name].map { fields[$0] }
    }
}

/// A union: one of several object types.
package struct UnionType: Sendable {
    package var name: String
    package var description: String?
    package var members: [String]
    package var directives: [Directive]
    package var resolveType: TypeResolver?

    package init(name: String, description: String? = nil, members: [String], directives: [Directive] = [], resolveType: TypeResolver? = nil) {
        self.name = name
        self.description = description
        self.members = members
        self.directives = directives
        self.resolveType = resolveType
    }
}

/// Names the object type of a value that an interface or union field resolved to, or nil when it
/// cannot tell (an internal error at execution).
package struct TypeResolver: Sendable {
    package let resolve: @Sendable (_ source: any Sendable) -> String?

    package init(_ resolve: @escaping @Sendable (_ source: any Sendable) -> String?) {
        self.resolve = resolve
    }
}
