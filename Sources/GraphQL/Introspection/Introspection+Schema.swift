extension Introspection {
    /// `__Schema`: the entry point of introspection, the source of which is an
    /// ``IntrospectedSchema``.
    static let schemaType = ObjectType(
        name: "__Schema",
        description: "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
        fields: [
            field("description", stringType, on: IntrospectedSchema.self) { schema, _ in
                .string(schema.schema.description)
            },
            field("types", listOf("__Type", nonNull: true), description: "A list of all types supported by this server.", on: IntrospectedSchema.self) { schema, _ in
                .list(schema.orderedTypeNames().map { .object(IntrospectedType(.named($0), in: schema)) })
            },
            field("queryType", nonNullType, description: "The type that query operations will be rooted at.", on: IntrospectedSchema.self) { schema, _ in
                .object(IntrospectedType(.named(schema.schema.queryType), in: schema))
            },
            field("mutationType", typeReference, description: "If this server supports mutation, the type that mutation operations will be rooted at.", on: IntrospectedSchema.self) { schema, _ in
                rootType(schema.schema.mutationType, in: schema)
            },
            field("subscriptionType", typeReference, description: "If this server support subscription, the type that subscription operations will be rooted at.", on: IntrospectedSchema.self) { schema, _ in
                rootType(schema.schema.subscriptionType, in: schema)
            },
            field("directives", listOf("__Directive", nonNull: true), description: "A list of all directives supported by this server.", on: IntrospectedSchema.self) { schema, _ in
                .list(schema.orderedDirectives().map { .object(IntrospectedDirective($0, in: schema)) })
            },
        ]
    )

    private static func rootType(_ name: String?, in schema: IntrospectedSchema) -> FieldValue {
        name.map { .object(IntrospectedType(.named($0), in: schema)) } ?? .null
    }
}
