extension Introspection {
    /// `__EnumValue`: one value of an enum, the source of which is its ``EnumValueDefinition``.
    static let enumValueType = ObjectType(
        name: "__EnumValue",
        description: "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
        fields: [
            field("name", nonNullString, on: EnumValueDefinition.self) { value, _ in
                .string(value.name)
            },
            field("description", stringType, on: EnumValueDefinition.self) { value, _ in
                .string(value.description)
            },
            field("isDeprecated", nonNullBoolean, on: EnumValueDefinition.self) { value, _ in
                .bool(value.deprecationReason != nil)
            },
            field("deprecationReason", stringType, on: EnumValueDefinition.self) { value, _ in
                .string(value.deprecationReason)
            },
        ]
    )
}
