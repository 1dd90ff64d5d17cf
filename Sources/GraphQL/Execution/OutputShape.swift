/// A field's output type compiled once per request: what completing a value needs to know,
/// without dictionary look-ups or walking a ``TypeReference`` for every value.
///
/// The kind is a plain tag and the payloads are separate stored properties, so that switching
/// on the kind of a shape copies nothing (an enum payload such as an ``EnumType`` would be
/// copied, and its arrays retained, at every value completed).
final class OutputShape: Sendable {
    enum Kind: Sendable {
        case scalar, enumeration, object, abstract, list
    }

    /// The built-in scalars get a direct path for the values their resolvers normally return;
    /// anything else goes through the scalar's ``ScalarCoercion/serialize``.
    enum ScalarKind: Sendable {
        case string, int, float, boolean, id, custom
    }

    let kind: Kind
    let isNonNull: Bool
    /// The named type under every wrapper: the object type for `.object`, the interface or
    /// union for `.abstract`; also used in messages.
    let namedType: String
    let scalarKind: ScalarKind
    /// The item shape of a `.list`.
    let item: OutputShape?
    /// The coercion of a `.custom` scalar.
    let coercion: ScalarCoercion?
    /// The type of an `.enumeration`.
    let enumeration: EnumType?
    /// The abstract type's resolver of runtime types, if it has one.
    let resolveType: TypeResolver?

    private init(
        kind: Kind,
        isNonNull: Bool,
        namedType: String,
        scalarKind: ScalarKind = .custom,
        item: OutputShape? = nil,
        coercion: ScalarCoercion? = nil,
        enumeration: EnumType? = nil,
        resolveType: TypeResolver? = nil
    ) {
        self.kind = kind
        self.isNonNull = isNonNull
        self.namedType = namedType
        self.scalarKind = scalarKind
        self.item = item
        self.coercion = coercion
        self.enumeration = enumeration
        self.resolveType = resolveType
    }

    private func withNonNull() -> OutputShape {
        OutputShape(
            kind: kind, isNonNull: true, namedType: namedType, scalarKind: scalarKind, item: item, coercion: coercion,
            enumeration: enumeration, resolveType: resolveType)
    }

    /// `String!`, the type of `__typename`.
    static let nonNullString = OutputShape(kind: .scalar, isNonNull: true, namedType: "String", scalarKind: .string)

    /// Compiles `type`; nil when a named type is missing from the schema or is an input type (a
    /// schema defect that the schema builder rules out).
    static func make(_ type: TypeReference, schema: Schema) -> OutputShape? {
        switch type {
        case .nonNull(let inner):
            return make(inner, schema: schema)?.withNonNull()
        case .list(let inner):
            guard let item = make(inner, schema: schema) else { return nil }
            return OutputShape(kind: .list, isNonNull: false, namedType: item.namedType, item: item)
        case .named(let name):
            switch schema.type(named: name) {
            case .scalar(let scalar)?:
                let scalarKind: ScalarKind
                switch name {
                case "String": scalarKind = .string
                case "Int": scalarKind = .int
                case "Float": scalarKind = .float
                case "Boolean": scalarKind = .boolean
                case "ID": scalarKind = .id
                default: scalarKind = .custom
                }
                return OutputShape(kind: .scalar, isNonNull: false, namedType: name, scalarKind: scalarKind, coercion: scalar.coercion)
            case .enumeration(let enumeration)?:
                return OutputShape(kind: .enumeration, isNonNull: false, namedType: name, enumeration: enumeration)
            case .object?:
                return OutputShape(kind: .object, isNonNull: false, namedType: name)
            case .interface(let interface)?:
                return OutputShape(kind: .abstract, isNonNull: false, namedType: name, resolveType: interface.resolveType)
            case .union(let union)?:
                return OutputShape(kind: .abstract, isNonNull: false, namedType: name, resolveType: union.resolveType)
            case .inputObject?, nil:
                return nil
            }
        }
    }

    /// Whether values of this shape take a selection set (objects, interfaces, unions, or lists
    /// of them).
    var isComposite: Bool {
        switch kind {
        case .object, .abstract: true
        case .list: item?.isComposite ?? false
        case .scalar, .enumeration: false
        }
    }
}

/// The output shape of every field of a schema's object types, compiled once per engine so that
/// planning a request allocates none.
struct OutputShapes: Sendable {
    private let byType: [String: [String: OutputShape]]

    init(schema: Schema, metaFields: MetaFields) {
        var byType: [String: [String: OutputShape]] = [:]
        for name in schema.typeNames {
            guard case .object(let object)? = schema.type(named: name) else { continue }
            var fields: [String: OutputShape] = [:]
            for field in object.fields {
                fields[field.name] = OutputShape.make(field.type, schema: schema)
            }
            if name == schema.queryType {
                for meta in [metaFields.schemaField, metaFields.typeField] where fields[meta.name] == nil {
                    fields[meta.name] = OutputShape.make(meta.type, schema: schema)
                }
            }
            byType[name] = fields
        }
        self.byType = byType
    }

    /// The shapes of one object type's fields, by field name.
    func fields(of typeName: String) -> [String: OutputShape]? {
        byType[typeName]
    }
}
