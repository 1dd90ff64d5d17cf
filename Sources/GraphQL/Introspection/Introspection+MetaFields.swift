extension Introspection {
    /// `__typename: String!`, which every object, interface and union has: the name of the
    /// object type being resolved, read from ``ResolveContext/parentType``.
    ///
    /// - SeeAlso: https://spec.graphql.org/September2025/#sec-Type-Name-Introspection
    package static let typeNameFieldDefinition = FieldDefinition(
        name: "__typename",
        description: "The name of the current Object type at runtime.",
        type: nonNullString,
        resolver: .sync { _, _, context in .leaf(.string(context.parentType)) }
    )

    /// `__schema: __Schema!` on the query root, answering for `schema`.
    ///
    /// The resolver captures the schema and ignores its source, so the executor runs it like any
    /// field. Make it once per schema (an engine keeps it), not once per request.
    package static func schemaFieldDefinition(for schema: Schema) -> FieldDefinition {
        let introspected = IntrospectedSchema(schema)
        return FieldDefinition(
            name: "__schema",
            description: "Access the current type schema of this server.",
            type: .nonNull(.named("__Schema")),
            resolver: .sync { _, _, _ in .object(introspected) }
        )
    }

    /// `__type(name: String!): __Type` on the query root: the named type of `schema`, or null.
    package static func typeFieldDefinition(for schema: Schema) -> FieldDefinition {
        let introspected = IntrospectedSchema(schema)
        return FieldDefinition(
            name: "__type",
            description: "Request the type information of a single type.",
            arguments: [InputValueDefinition(name: "name", type: nonNullString)],
            type: typeReference,
            resolver: .sync { _, arguments, _ in
                guard let name = arguments.string("name"), introspected.visibleType(name) != nil else { return .null }
                return .object(IntrospectedType(.named(name), in: introspected))
            }
        )
    }

    /// The meta-field `name` as selected on `parentType`, or nil when there is none: what the
    /// validator and the executor ask when a field is not one of the parent type's own.
    ///
    /// `__typename` exists on every composite type; `__schema` and `__type` only on the query
    /// root, as graphql-js's `getFieldDef` has it.
    package static func metaFieldDefinition(named name: String, parentType: String, in schema: Schema) -> FieldDefinition? {
        switch name {
        case "__typename": typeNameFieldDefinition
        case "__schema" where parentType == schema.queryType: schemaFieldDefinition(for: schema)
        case "__type" where parentType == schema.queryType: typeFieldDefinition(for: schema)
        default: nil
        }
    }
}
