/// A literal or variable as written in a document, before any coercion.
///
/// Int and Float literals keep their source text: whether `12345678901` fits an `Int` is the
/// business of the type it is coerced to, not of the parser.
package struct ValueNode: Sendable, Hashable {
    package var kind: Kind
    package var location: Location

    package init(_ kind: Kind, location: Location = .synthetic) {
        self.kind = kind
        self.location = location
    }

    package enum Kind: Sendable, Hashable {
        /// `$name`; the payload is the name without `$`.
        case variable(String)
        case int(String)
        case float(String)
        case string(String, block: Bool)
        case boolean(Bool)
        case null
        case enumValue(String)
        case list([ValueNode])
        case object([ObjectFieldNode])
    }
}

/// `name: value` inside an input object literal.
package struct ObjectFieldNode: Sendable, Hashable {
    package var name: Name
    package var value: ValueNode
    package var location: Location

    package init(name: Name, value: ValueNode, location: Location = .synthetic) {
        self.name = name
        self.value = value
        self.location = location
    }
}

/// A description or other string literal with where it was written and whether it was a block
/// string (the printer keeps the form).
package struct StringValueNode: Sendable, Hashable {
    package var value: String
    package var block: Bool
    package var location: Location

    package init(_ value: String, block: Bool = false, location: Location = .synthetic) {
        self.value = value
        self.block = block
        self.location = location
    }
}
