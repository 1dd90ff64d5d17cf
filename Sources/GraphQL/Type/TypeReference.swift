/// A reference to a type in the built schema: a named type, a list of a type, or a non-null type.
package indirect enum TypeReference: Sendable, Hashable, CustomStringConvertible {
    case named(String)
    case list(TypeReference)
    case nonNull(TypeReference)

    /// Builds the reference an AST type node writes.
    package init(_ node: TypeNode) {
        switch node {
        case .named(let named): self = .named(named.name.value)
        case .list(let inner, _): self = .list(TypeReference(inner))
        case .nonNull(let inner, _): self = .nonNull(TypeReference(inner))
        }
    }

    /// The name of the named type under every wrapper.
    package var namedType: String {
        switch self {
        case .named(let name): name
        case .list(let inner), .nonNull(let inner): inner.namedType
        }
    }

    package var isNonNull: Bool {
        if case .nonNull = self { true } else { false }
    }

    /// The type without its outermost non-null wrapper.
    package var nullable: TypeReference {
        if case .nonNull(let inner) = self { inner } else { self }
    }

    package var description: String {
        switch self {
        case .named(let name): name
        case .list(let inner): "[\(inner)]"
        case .nonNull(let inner): "\(inner)!"
        }
    }
}
