/// The introspection meta-fields `__schema` and `__type`, which the query root answers without
/// declaring them (`__typename` the executor answers itself).
///
/// Their definitions capture the schema they describe, so an engine makes them once and every
/// request shares them: by reference, since each request's executor holds them and copying the
/// two definitions cost 28 reference-count operations a request.
///
/// - SeeAlso: https://spec.graphql.org/September2025/#sec-Schema-Introspection
final class MetaFields: Sendable {
    let schemaField: FieldDefinition
    let typeField: FieldDefinition

    init(schema: Schema) {
        schemaField = Introspection.schemaFieldDefinition(for: schema)
        typeField = Introspection.typeFieldDefinition(for: schema)
    }

    /// The meta-field `name` of the query root, nil for any other name.
    func definition(named name: String) -> FieldDefinition? {
        switch name {
        case "__schema": schemaField
        case "__type": typeField
        default: nil
        }
    }
}
