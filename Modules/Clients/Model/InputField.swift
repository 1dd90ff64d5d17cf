/// One field of a GraphQL input object, which can be left out, set to `null`, or given.
///
/// GraphQL tells the three apart and an update needs all three: left out keeps the stored value,
/// `null` clears it, a value replaces it. On create, left out and `null` both mean "none" (or
/// the default).
package enum InputField<Wrapped: Sendable & Hashable>: Sendable, Hashable {
    case absent
    case null
    case value(Wrapped)

    /// The given value, or nil when the field is absent or null.
    package var value: Wrapped? {
        if case .value(let wrapped) = self { wrapped } else { nil }
    }

    package var isAbsent: Bool {
        if case .absent = self { true } else { false }
    }
}
