/// The introspection meta-fields `__schema` and `__type`, which every query root answers
/// without declaring them (`__typename` is handled by the executor itself).
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Schema-Introspection
enum MetaFields {
    /// The definition of a meta-field of the query root, nil when `name` is none.
    static func definition(named name: String, schema: Schema) -> FieldDefinition? {
        // The introspection types arrive with the introspection module; until then a schema
        // answers `__schema` and `__type` only when its builder declared them.
        nil
    }
}
