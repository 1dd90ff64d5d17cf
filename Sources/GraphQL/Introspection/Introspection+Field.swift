extension Introspection {
    /// `__Field`: a field of an object or interface, the source of which is an
    /// ``IntrospectedField``.
    static let fieldType = ObjectType(
        name: "__Field",
        description: "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
        fields: [
            field("name", nonNullString, on: IntrospectedField.self) { field, _ in
                .string(field.field.name)
            },
            field("description", stringType, on: IntrospectedField.self) { field, _ in
                .string(field.field.description)
            },
            field("args", listOf("__InputValue", nonNull: true), arguments: [includeDeprecatedArgument], on: IntrospectedField.self) { field, arguments in
                inputValueList(field.field.arguments, arguments, in: field.schema)
            },
            field("type", nonNullType, on: IntrospectedField.self) { field, _ in
                .object(IntrospectedType(field.field.type, in: field.schema))
            },
            field("isDeprecated", nonNullBoolean, on: IntrospectedField.self) { field, _ in
                .bool(field.field.deprecationReason != nil)
            },
            field("deprecationReason", stringType, on: IntrospectedField.self) { field, _ in
                .string(field.field.deprecationReason)
            },
        ]
    )
}
