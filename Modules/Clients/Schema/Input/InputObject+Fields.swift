package import GraphQL
package import Tenancy

/// The three-way reading of an input field (``InputField``) over Tenancy's ``InputObject``:
/// left out, given as `null`, or given.
extension InputObject {
    /// A String or ID field. Coercion has already made any given value a string.
    package func field(_ name: String) -> InputField<String> {
        guard let value = fields[name] else { return .absent }
        if value.isNull { return .null }
        return value.stringValue.map(InputField.value) ?? .absent
    }

    /// An enum field, by its GraphQL name.
    ///
    /// - Throws: ``ResolverError`` BAD_USER_INPUT on the field for a name the Swift type lacks
    ///   (the SDL and the type drifted apart; coercion refuses names the SDL lacks).
    package func field<T: RawRepresentable & Sendable & Hashable>(_ name: String, as _: T.Type) throws(ResolverError) -> InputField<T>
    where T.RawValue == String {
        switch field(name) {
        case .absent: return .absent
        case .null: return .null
        case .value(let raw):
            guard let value = T(rawValue: raw) else { throw .badUserInput("\(self.name(name)) has no value \(raw).", field: self.name(name)) }
            return .value(value)
        }
    }

    /// A JSON field, as given (objects, lists, numbers...).
    package func json(_ name: String) -> InputField<Value> {
        guard let value = fields[name] else { return .absent }
        return value.isNull ? .null : .value(value)
    }
}
