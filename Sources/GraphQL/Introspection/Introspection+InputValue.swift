extension Introspection {
    /// `__InputValue`: an argument or input field, the source of which is an
    /// ``IntrospectedInputValue``.
    static let inputValueType = ObjectType(
        name: "__InputValue",
        description: "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
        fields: [
            field("name", nonNullString, on: IntrospectedInputValue.self) { value, _ in
                .string(value.value.name)
            },
            field("description", stringType, on: IntrospectedInputValue.self) { value, _ in
                .string(value.value.description)
            },
            field("type", nonNullType, on: IntrospectedInputValue.self) { value, _ in
                .object(IntrospectedType(value.value.type, in: value.schema))
            },
            field("defaultValue", stringType, description: "A GraphQL-formatted string representing the default value for this input value.", on: IntrospectedInputValue.self) { value, _ in
                .string(value.defaultValueText)
            },
            field("isDeprecated", nonNullBoolean, on: IntrospectedInputValue.self) { value, _ in
                .bool(value.value.deprecationReason != nil)
            },
            field("deprecationReason", stringType, on: IntrospectedInputValue.self) { value, _ in
                .string(value.value.deprecationReason)
            },
        ]
    )
}
