extension Introspection {
    /// `__TypeKind`: the kinds a `__Type` may have.
    static let typeKindType = EnumType(
        name: "__TypeKind",
        description: "An enum describing what kind of type a given `__Type` is.",
        values: TypeKind.allCases.map { EnumValueDefinition(name: $0.rawValue, description: description(of: $0)) }
    )

    /// `__DirectiveLocation`: the places a directive may be written.
    static let directiveLocationType = EnumType(
        name: "__DirectiveLocation",
        description: "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
        values: DirectiveLocation.allCases.map { EnumValueDefinition(name: $0.rawValue, description: description(of: $0)) }
    )

    /// The descriptions are graphql-js's, word for word, because tools compare introspection
    /// results with it.
    private static func description(of kind: TypeKind) -> String {
        switch kind {
        case .scalar: "Indicates this type is a scalar."
        case .object: "Indicates this type is an object. `fields` and `interfaces` are valid fields."
        case .interface: "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."
        case .union: "Indicates this type is a union. `possibleTypes` is a valid field."
        case .enumeration: "Indicates this type is an enum. `enumValues` is a valid field."
        case .inputObject: "Indicates this type is an input object. `inputFields` is a valid field."
        case .list: "Indicates this type is a list. `ofType` is a valid field."
        case .nonNull: "Indicates this type is a non-null. `ofType` is a valid field."
        }
    }

    private static func description(of location: DirectiveLocation) -> String {
        switch location {
        case .query: "Location adjacent to a query operation."
        case .mutation: "Location adjacent to a mutation operation."
        case .subscription: "Location adjacent to a subscription operation."
        case .field: "Location adjacent to a field."
        case .fragmentDefinition: "Location adjacent to a fragment definition."
        case .fragmentSpread: "Location adjacent to a fragment spread."
        case .inlineFragment: "Location adjacent to an inline fragment."
        case .variableDefinition: "Location adjacent to a variable definition."
        case .schema: "Location adjacent to a schema definition."
        case .scalar: "Location adjacent to a scalar definition."
        case .object: "Location adjacent to an object type definition."
        case .fieldDefinition: "Location adjacent to a field definition."
        case .argumentDefinition: "Location adjacent to an argument definition."
        case .interface: "Location adjacent to an interface definition."
        case .union: "Location adjacent to a union definition."
        case .enumeration: "Location adjacent to an enum definition."
        case .enumValue: "Location adjacent to an enum value definition."
        case .inputObject: "Location adjacent to an input object type definition."
        case .inputFieldDefinition: "Location adjacent to an input object field definition."
        }
    }
}
