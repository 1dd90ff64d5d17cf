extension Introspection {
    /// `__Type`: any type, named or wrapped, the source of which is an ``IntrospectedType``.
    ///
    /// Fields that do not apply to a kind answer null (`fields` of a scalar, `ofType` of a named
    /// type), as https://spec.graphql.org/September2025/#sec-The-__Type-Type says.
    static let typeType = ObjectType(
        name: "__Type",
        description: "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
        fields: [
            field("kind", .nonNull(.named("__TypeKind")), on: IntrospectedType.self) { type, _ in
                type.kind.map { .leaf(.string($0.rawValue)) } ?? .null
            },
            field("name", stringType, on: IntrospectedType.self) { type, _ in
                if case .named(let name) = type.reference { .string(name) } else { .null }
            },
            field("description", stringType, on: IntrospectedType.self) { type, _ in
                .string(type.namedType?.description)
            },
            field("specifiedByURL", stringType, on: IntrospectedType.self) { type, _ in
                if case .scalar(let scalar)? = type.namedType { .string(scalar.specifiedByURL) } else { .null }
            },
            field("fields", listOf("__Field"), arguments: [includeDeprecatedArgument], on: IntrospectedType.self) { type, arguments in
                switch type.namedType {
                case .object(let object)?: fieldList(object.fields, arguments, in: type.schema)
                case .interface(let interface)?: fieldList(interface.fields, arguments, in: type.schema)
                default: .null
                }
            },
            field("interfaces", listOf("__Type"), on: IntrospectedType.self) { type, _ in
                switch type.namedType {
                case .object(let object)?: namedTypeList(object.interfaces, in: type.schema)
                case .interface(let interface)?: namedTypeList(interface.interfaces, in: type.schema)
                default: .null
                }
            },
            field("possibleTypes", listOf("__Type"), on: IntrospectedType.self) { type, _ in
                guard let named = type.namedType, named.isAbstract else { return .null }
                return namedTypeList(type.schema.schema.possibleTypes(of: named.name), in: type.schema)
            },
            field("enumValues", listOf("__EnumValue"), arguments: [includeDeprecatedArgument], on: IntrospectedType.self) { type, arguments in
                guard case .enumeration(let enumeration)? = type.namedType else { return .null }
                return .objects(visible(enumeration.values, arguments, deprecationReason: \.deprecationReason))
            },
            field("inputFields", listOf("__InputValue"), arguments: [includeDeprecatedArgument], on: IntrospectedType.self) { type, arguments in
                guard case .inputObject(let input)? = type.namedType else { return .null }
                return inputValueList(input.fields, arguments, in: type.schema)
            },
            field("ofType", typeReference, on: IntrospectedType.self) { type, _ in
                type.ofType.map { .object($0) } ?? .null
            },
            field("isOneOf", booleanType, on: IntrospectedType.self) { type, _ in
                if case .inputObject(let input)? = type.namedType { .bool(input.isOneOf) } else { .null }
            },
        ]
    )

    private static func fieldList(_ fields: [FieldDefinition], _ arguments: Arguments, in schema: IntrospectedSchema) -> FieldValue {
        .list(visible(fields, arguments, deprecationReason: \.deprecationReason).map { .object(IntrospectedField($0, in: schema)) })
    }

    private static func namedTypeList(_ names: [String], in schema: IntrospectedSchema) -> FieldValue {
        .list(names.map { .object(IntrospectedType(.named($0), in: schema)) })
    }

    /// Input values (arguments or input fields) as `__InputValue` sources, deprecated ones left
    /// out unless asked for.
    static func inputValueList(_ values: [InputValueDefinition], _ arguments: Arguments, in schema: IntrospectedSchema) -> FieldValue {
        .list(visible(values, arguments, deprecationReason: \.deprecationReason).map { .object(IntrospectedInputValue($0, in: schema)) })
    }
}
