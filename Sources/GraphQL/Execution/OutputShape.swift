/// A field's output type compiled once per request: what completing a value needs to know,
/// without dictionary look-ups or walking a ``TypeReference`` for every value.
final class OutputShape: Sendable {
    enum Kind: Sendable {
        case scalar(ScalarKind)
        case enumeration(EnumType)
        case object(typeName: String)
        case abstract(typeName: String, resolveType: TypeResolver?)
        case list(OutputShape)
    }

    /// The built-in scalars get a direct path for the values their resolvers normally return;
    /// anything else goes through the scalar's ``ScalarCoercion/serialize``.
    enum ScalarKind: Sendable {
        case string, int, float, boolean, id
        case custom(ScalarCoercion)
    }

    let kind: Kind
    let isNonNull: Bool
    /// The named type under every wrapper, for messages.
    let namedType: String

    init(kind: Kind, isNonNull: Bool, namedType: String) {
        self.kind = kind
        self.isNonNull = isNonNull
        self.namedType = namedType
    }

    /// Compiles `type`; nil when a named type is missing from the schema (a schema defect that
    /// the schema builder rules out).
    static func make(_ type: TypeReference, schema: Schema) -> OutputShape? {
        switch type {
        case .nonNull(let inner):
            guard let shape = make(inner, schema: schema) else { return nil }
            return OutputShape(kind: shape.kind, isNonNull: true, namedType: shape.namedType)
        case .list(let inner):
            guard let item = make(inner, schema: schema) else { return nil }
            return OutputShape(kind: .list(item), isNonNull: false, namedType: item.namedType)
        case .named(let name):
            let kind: Kind
            switch schema.type(named: name) {
            case .scalar(let scalar)?:
                switch name {
                case "String": kind = .scalar(.string)
                case "Int": kind = .scalar(.int)
                case "Float": kind = .scalar(.float)
                case "Boolean": kind = .scalar(.boolean)
                case "ID": kind = .scalar(.id)
                default: kind = .scalar(.custom(scalar.coercion))
                }
            case .enumeration(let enumeration)?: kind = .enumeration(enumeration)
            case .object?: kind = .object(typeName: name)
            case .interface(let interface)?: kind = .abstract(typeName: name, resolveType: interface.resolveType)
            case .union(let union)?: kind = .abstract(typeName: name, resolveType: union.resolveType)
            case .inputObject?, nil: return nil
            }
            return OutputShape(kind: kind, isNonNull: false, namedType: name)
        }
    }

    /// Whether values of this shape take a selection set (objects, interfaces, unions, or lists
    /// of them).
    var isComposite: Bool {
        switch kind {
        case .object, .abstract: true
        case .list(let item): item.isComposite
        case .scalar, .enumeration: false
        }
    }
}
