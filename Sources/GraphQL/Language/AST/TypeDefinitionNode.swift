/// A named type's definition (or, under ``Definition/typeExtension(_:)``, its extension).
package enum TypeDefinitionNode: Sendable, Hashable {
    case scalar(ScalarTypeDefinitionNode)
    case object(ObjectTypeDefinitionNode)
    case interface(InterfaceTypeDefinitionNode)
    case union(UnionTypeDefinitionNode)
    case enumeration(EnumTypeDefinitionNode)
    case inputObject(InputObjectTypeDefinitionNode)

    package var name: Name {
        switch self {
        case .scalar(let node): node.name
        case .object(let node): node.name
        case .interface(let node): node.name
        case .union(let node): node.name
        case .enumeration(let node): node.name
        case .inputObject(let node): node.name
        }
    }

    package var location: Location {
        switch self {
        case .scalar(let node): node.location
        case .object(let node): node.location
        case .interface(let node): node.location
        case .union(let node): node.location
        case .enumeration(let node): node.location
        case .inputObject(let node): node.location
        }
    }

    package var directives: [Directive] {
        switch self {
        case .scalar(let node): node.directives
        case .object(let node): node.directives
        case .interface(let node): node.directives
        case .union(let node): node.directives
        case .enumeration(let node): node.directives
        case .inputObject(let node): node.directives
        }
    }
}

/// `scalar Name @directives`.
package struct ScalarTypeDefinitionNode: Sendable, Hashable {
    package var description: StringValueNode?
    package var name: Name
    package var directives: [Directive]
    package var location: Location

    package init(description: StringValueNode? = nil, name: Name, directives: [Directive] = [], location: Location = .synthetic) {
        self.description = description
        self.name = name
        self.directives = directives
        self.location = location
    }
}

/// `type Name implements A & B @directives { fields }`.
package struct ObjectTypeDefinitionNode: Sendable, Hashable {
    package var description: StringValueNode?
    package var name: Name
    package var interfaces: [NamedTypeNode]
    package var directives: [Directive]
    package var fields: [FieldDefinitionNode]
    package var location: Location

    package init(
        description: StringValueNode? = nil,
        name: Name,
        interfaces: [NamedTypeNode] = [],
        directives: [Directive] = [],
        fields: [FieldDefinitionNode] = [],
        location: Location = .synthetic
    ) {
        self.description = description
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.location = location
    }
}

/// `interface Name implements A @directives { fields }`.
package struct InterfaceTypeDefinitionNode: Sendable, Hashable {
    package var description: StringValueNode?
    package var name: Name
    package var interfaces: [NamedTypeNode]
    package var directives: [Directive]
    package var fields: [FieldDefinitionNode]
    package var location: Location

    package init(
        description: StringValueNode? = nil,
        name: Name,
        interfaces: [NamedTypeNode] = [],
        directives: [Directive] = [],
        fields: [FieldDefinitionNode] = [],
        location: Location = .synthetic
    ) {
        self.description = description
        self.name = name
        self.interfaces = interfaces
        self.directives = directives
        self.fields = fields
        self.location = location
    }
}

/// `union Name @directives = A | B`.
package struct UnionTypeDefinitionNode: Sendable, Hashable {
    package var description: StringValueNode?
    package var name: Name
    package var directives: [Directive]
    package var types: [NamedTypeNode]
    package var location: Location

    package init(
        description: StringValueNode? = nil,
        name: Name,
        directives: [Directive] = [],
        types: [NamedTypeNode] = [],
        location: Location = .synthetic
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.types = types
        self.location = location
    }
}

/// `enum Name @directives { VALUES }`.
package struct EnumTypeDefinitionNode: Sendable, Hashable {
    package var description: StringValueNode?
    package var name: Name
    package var directives: [Directive]
    package var values: [EnumValueDefinitionNode]
    package var location: Location

    package init(
        description: StringValueNode? = nil,
        name: Name,
        directives: [Directive] = [],
        values: [EnumValueDefinitionNode] = [],
        location: Location = .synthetic
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.values = values
        self.location = location
    }
}

/// One value of an enum definition.
package struct EnumValueDefinitionNode: Sendable, Hashable {
    package var description: StringValueNode?
    package var name: Name
    package var directives: [Directive]
    package var location: Location

    package init(description: StringValueNode? = nil, name: Name, directives: [Directive] = [], location: Location = .synthetic) {
        self.description = description
        self.name = name
        self.directives = directives
        self.location = location
    }
}

/// `input Name @directives { fields }`.
package struct InputObjectTypeDefinitionNode: Sendable, Hashable {
    package var description: StringValueNode?
    package var name: Name
    package var directives: [Directive]
    package var fields: [InputValueDefinitionNode]
    package var location: Location

    package init(
        description: StringValueNode? = nil,
        name: Name,
        directives: [Directive] = [],
        fields: [InputValueDefinitionNode] = [],
        location: Location = .synthetic
    ) {
        self.description = description
        self.name = name
        self.directives = directives
        self.fields = fields
        self.location = location
    }
}

/// `name(arguments): Type @directives` inside an object or interface definition.
package struct FieldDefinitionNode: Sendable, Hashable {
    package var description: StringValueNode?
    package var name: Name
    package var arguments: [InputValueDefinitionNode]
    package var type: TypeNode
    package var directives: [Directive]
    package var location: Location

    package init(
        description: StringValueNode? = nil,
        name: Name,
        arguments: [InputValueDefinitionNode] = [],
        type: TypeNode,
        directives: [Directive] = [],
        location: Location = .synthetic
    ) {
        self.description = description
        self.name = name
        self.arguments = arguments
        self.type = type
        self.directives = directives
        self.location = location
    }
}

/// `name: Type = default @directives`: an argument definition or an input object field.
package struct InputValueDefinitionNode: Sendable, Hashable {
    package var description: StringValueNode?
    package var name: Name
    package var type: TypeNode
    package var defaultValue: ValueNode?
    package var directives: [Directive]
    package var location: Location

    package init(
        description: StringValueNode? = nil,
        name: Name,
        type: TypeNode,
        defaultValue: ValueNode? = nil,
        directives: [Directive] = [],
        location: Location = .synthetic
    ) {
        self.description = description
        self.name = name
        self.type = type
        self.defaultValue = defaultValue
        self.directives = directives
        self.location = location
    }
}
