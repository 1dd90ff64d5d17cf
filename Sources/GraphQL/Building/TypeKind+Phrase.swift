extension TypeKind {
    /// How graphql-js's messages name the kind: `object`, `input object`, ….
    package var phrase: String {
        switch self {
        case .scalar: "scalar"
        case .object: "object"
        case .interface: "interface"
        case .union: "union"
        case .enumeration: "enum"
        case .inputObject: "input object"
        case .list: "list"
        case .nonNull: "non-null"
        }
    }

    /// `an object type`, `an enum`, …, for messages.
    package var withArticle: String {
        switch self {
        case .object: "an object type"
        case .interface: "an interface"
        case .union: "a union"
        case .enumeration: "an enum"
        case .inputObject: "an input object"
        case .scalar: "a scalar"
        case .list: "a list"
        case .nonNull: "a non-null type"
        }
    }
}
