/// A type reference as written: `Name`, `[Type]` or `Type!`.
package indirect enum TypeNode: Sendable, Hashable, CustomStringConvertible {
    case named(NamedTypeNode)
    case list(TypeNode, location: Location)
    case nonNull(TypeNode, location: Location)

    package var location: Location {
        switch self {
        case .named(let node): node.location
        case .list(_, let location), .nonNull(_, let location): location
        }
    }

    /// The named type at the bottom of the wrappers.
    package var namedType: NamedTypeNode {
        switch self {
        case .named(let node): node
        case .list(let inner, _), .nonNull(let inner, _): inner.namedType
        }
    }

    package var description: String {
        switch self {
        case .named(let node): node.name.value
        case .list(let inner, _): "[\(inner)]"
        case .nonNull(let inner, _): "\(inner)!"
        }
    }
}

/// A reference to a named type, such as a fragment's type condition.
package struct NamedTypeNode: Sendable, Hashable {
    package var name: Name

    package init(name: Name) {
        self.name = name
    }

    package var location: Location { name.location }
}
