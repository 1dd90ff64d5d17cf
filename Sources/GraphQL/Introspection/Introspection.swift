/// The introspection system: the `__`-prefixed types that describe a schema to its clients, and
/// the meta-fields through which a query reaches them.
///
/// The types are ordinary ``NamedType`` values with ``FieldResolver/sync(_:)`` resolvers, so the
/// executor runs them like any other field. Their sources are the `Introspected…` values of this
/// folder, each holding the ``IntrospectedSchema`` it describes.
///
/// ## Wiring
/// - The schema builder appends ``types`` to every schema it builds.
/// - The validator and the executor, when a selected field is not a field of its parent type,
///   ask ``metaFieldDefinition(named:parentType:in:)``. It gives `__typename` on any composite
///   type and `__schema` / `__type` on the query root. Those two definitions capture the schema
///   in their resolvers, so nothing else has to be passed at run time: the executor runs the
///   returned definition's resolver with any source.
///
/// Answers match graphql-js for the same schema: types in graphql-js's type-map order (see
/// ``IntrospectedSchema/orderedTypeNames()``), fields in definition order, deprecated items left
/// out unless `includeDeprecated: true`, descriptions of the introspection types word for word,
/// and defaults printed as graphql-js 17 prints them (see
/// ``IntrospectedInputValue/defaultValueText``).
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Introspection
package enum Introspection {
    /// The eight introspection types, in graphql-js's order.
    package static let types: [NamedType] = [
        .object(schemaType),
        .object(directiveType),
        .enumeration(directiveLocationType),
        .object(typeType),
        .object(fieldType),
        .object(inputValueType),
        .object(enumValueType),
        .enumeration(typeKindType),
    ]

    /// The names of ``types``; no other type may have a name starting with `__`.
    package static let typeNames: Set<String> = Set(types.map(\.name))

    /// Whether `name` is one of the introspection types.
    package static func isIntrospectionType(_ name: String) -> Bool {
        typeNames.contains(name)
    }

    /// The built-in scalars, which graphql-js calls specified: the printer leaves them out, and
    /// introspection lists them only where the schema uses them.
    package static let specifiedScalarNames: Set<String> = ["String", "Int", "Float", "Boolean", "ID"]

    /// The built-in directives, in the order of graphql-js's `specifiedDirectives`.
    package static let specifiedDirectiveNames: [String] = ["include", "skip", "deprecated", "specifiedBy", "oneOf"]

    static let typesByName: [String: NamedType] = Dictionary(uniqueKeysWithValues: types.map { ($0.name, $0) })

    /// `includeDeprecated: Boolean = false`, the argument of every list that may hide deprecated
    /// items.
    static let includeDeprecatedArgument = InputValueDefinition(
        name: "includeDeprecated",
        type: .named("Boolean"),
        defaultValueNode: ValueNode(.boolean(false)),
        defaultValue: .bool(false)
    )

    /// Whether a resolver was asked to keep deprecated items; an absent or null argument means no.
    static func includesDeprecated(_ arguments: Arguments) -> Bool {
        arguments.bool("includeDeprecated") == true
    }
}
