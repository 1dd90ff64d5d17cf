package import GraphQL

/// Reads an input object's coerced fields, telling an omitted field from an explicit null.
///
/// The engine has already checked types and required fields; what remains is the module's own
/// rules, and the difference that updates rely on: omitted keeps a value, `null` clears it.
package struct InputObject: Sendable {
    package let fields: OrderedObject
    /// The path of this object in the input, for nested field names (`settings.`).
    package let prefix: String

    package init(_ fields: OrderedObject, prefix: String = "") {
        self.fields = fields
        self.prefix = prefix
    }

    /// The field's name as `extensions.field` reports it.
    package func name(_ field: String) -> String { prefix + field }

    /// A field that is present and not null.
    package func string(_ field: String) -> String? { fields[field]?.stringValue }
    package func int(_ field: String) -> Int? { fields[field]?.intValue }
    package func object(_ field: String) -> InputObject? {
        fields[field]?.objectValue.map { InputObject($0, prefix: name(field) + ".") }
    }

    /// Whether the field was given at all (null included).
    package func has(_ field: String) -> Bool { fields[field] != nil }

    /// Whether the field was given as an explicit null.
    package func isNull(_ field: String) -> Bool { fields[field]?.isNull ?? false }

    /// A required field of a non-null input type, which coercion guarantees.
    package func required(_ field: String) throws(ResolverError) -> String {
        guard let value = string(field) else { throw .badUserInput("\(name(field)) is required.", field: name(field)) }
        return value
    }

    /// An enum field, by raw value.
    package func enumeration<T: RawRepresentable>(_ field: String, as _: T.Type) throws(ResolverError) -> T? where T.RawValue == String {
        guard let raw = string(field) else { return nil }
        guard let value = T(rawValue: raw) else { throw .badUserInput("\(name(field)) has no value \(raw).", field: name(field)) }
        return value
    }
}
