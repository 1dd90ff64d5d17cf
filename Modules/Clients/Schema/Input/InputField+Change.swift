extension InputField {
    /// The repository's "leave, clear or set" parameter: nil leaves the stored value,
    /// `.some(nil)` clears it, `.some(value)` sets it.
    package var change: Wrapped?? {
        switch self {
        case .absent: nil
        case .null: .some(nil)
        case .value(let wrapped): .some(wrapped)
        }
    }
}
