extension TypeDefinitionNode {
    /// The kind of type the node defines or extends.
    package var kind: TypeKind {
        switch self {
        case .scalar: .scalar
        case .object: .object
        case .interface: .interface
        case .union: .union
        case .enumeration: .enumeration
        case .inputObject: .inputObject
        }
    }

    /// The description, which only a definition (never an extension) may have.
    package var description: StringValueNode? {
        switch self {
        case .scalar(let node): node.description
        case .object(let node): node.description
        case .interface(let node): node.description
        case .union(let node): node.description
        case .enumeration(let node): node.description
        case .inputObject(let node): node.description
        }
    }

    /// The fields of an object or interface node; empty for other kinds.
    package var fields: [FieldDefinitionNode] {
        switch self {
        case .object(let node): node.fields
        case .interface(let node): node.fields
        default: []
        }
    }

    /// The interfaces an object or interface node implements; empty for other kinds.
    package var interfaces: [NamedTypeNode] {
        switch self {
        case .object(let node): node.interfaces
        case .interface(let node): node.interfaces
        default: []
        }
    }
}
