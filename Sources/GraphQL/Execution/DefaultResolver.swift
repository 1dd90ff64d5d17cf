/// What a field without a resolver returns: the entry of the same name when the source is a
/// JSON-like object (a ``Value``, an ``OrderedObject`` or a `[String: any Sendable]`), null
/// otherwise. graphql-js's default resolver reads a property the same way.
enum DefaultResolver {
    static func resolve(_ source: any Sendable, fieldName: String) -> FieldValue {
        switch source {
        case let value as Value:
            return value[fieldName].map(FieldValue.leaf) ?? .null
        case let object as OrderedObject:
            return object[fieldName].map(FieldValue.leaf) ?? .null
        case let dictionary as [String: any Sendable]:
            switch dictionary[fieldName] {
            case nil: return .null
            case let value as Value: return .leaf(value)
            case let value as FieldValue: return value
            case let other?: return .object(other)
            }
        default:
            return .null
        }
    }
}
