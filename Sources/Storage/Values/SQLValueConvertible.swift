/// A Swift type that can be bound as a statement parameter.
package protocol SQLEncodable: Sendable {
    /// The value bound in place of the placeholder.
    var sqlValue: SQLValue { get }
}

/// A Swift type that a column can be decoded into.
package protocol SQLDecodable {
    /// Decodes a column value, or returns nil when the value has the wrong storage class or
    /// shape; ``Row/decode(_:as:)`` turns the nil into a ``StorageError`` that names the column.
    init?(sqlValue: SQLValue)
}

/// A type that is both bound and decoded, the usual case for model fields.
package typealias SQLValueConvertible = SQLEncodable & SQLDecodable

extension SQLValue: SQLEncodable, SQLDecodable {
    package var sqlValue: SQLValue { self }
    package init?(sqlValue: SQLValue) { self = sqlValue }
}

extension Int64: SQLEncodable, SQLDecodable {
    package var sqlValue: SQLValue { .integer(self) }
    package init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .integer(let value): self = value
        case .boolean(let value): self = value ? 1 : 0
        // PostgreSQL's numeric and a few other types arrive as text.
        case .text(let text): guard let value = Int64(text) else { return nil }; self = value
        case .real(let value):
            guard value.rounded() == value, let exact = Int64(exactly: value) else { return nil }
            self = exact
        case .null, .blob: return nil
        }
    }
}

extension Int: SQLEncodable, SQLDecodable {
    package var sqlValue: SQLValue { .integer(Int64(self)) }
    package init?(sqlValue: SQLValue) {
        guard let wide = Int64(sqlValue: sqlValue), let value = Int(exactly: wide) else { return nil }
        self = value
    }
}

extension Int32: SQLEncodable, SQLDecodable {
    package var sqlValue: SQLValue { .integer(Int64(self)) }
    package init?(sqlValue: SQLValue) {
        guard let wide = Int64(sqlValue: sqlValue), let value = Int32(exactly: wide) else { return nil }
        self = value
    }
}

extension Double: SQLEncodable, SQLDecodable {
    package var sqlValue: SQLValue { .real(self) }
    package init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .real(let value): self = value
        case .integer(let value): self = Double(value)
        case .text(let text): guard let value = Double(text) else { return nil }; self = value
        case .null, .blob, .boolean: return nil
        }
    }
}

extension String: SQLEncodable, SQLDecodable {
    package var sqlValue: SQLValue { .text(self) }
    package init?(sqlValue: SQLValue) {
        guard case .text(let text) = sqlValue else { return nil }
        self = text
    }
}

extension Bool: SQLEncodable, SQLDecodable {
    package var sqlValue: SQLValue { .boolean(self) }
    package init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .boolean(let value): self = value
        // SQLite stores booleans as 0 and 1.
        case .integer(0): self = false
        case .integer(1): self = true
        case .text("t"), .text("true"): self = true
        case .text("f"), .text("false"): self = false
        default: return nil
        }
    }
}

extension [UInt8]: SQLEncodable, SQLDecodable {
    package var sqlValue: SQLValue { .blob(self) }
    package init?(sqlValue: SQLValue) {
        guard case .blob(let bytes) = sqlValue else { return nil }
        self = bytes
    }
}

extension Optional: SQLEncodable where Wrapped: SQLEncodable {
    package var sqlValue: SQLValue { self?.sqlValue ?? .null }
}

extension Optional: SQLDecodable where Wrapped: SQLDecodable {
    package init?(sqlValue: SQLValue) {
        if case .null = sqlValue {
            self = .none
        } else if let wrapped = Wrapped(sqlValue: sqlValue) {
            self = .some(wrapped)
        } else {
            return nil
        }
    }
}

/// Enums backed by strings or integers (statuses, kinds) are stored as their raw values: a module
/// writes `extension ClientStatus: SQLValueConvertible {}` and nothing else.
extension SQLEncodable where Self: RawRepresentable, RawValue: SQLEncodable {
    package var sqlValue: SQLValue { rawValue.sqlValue }
}

extension SQLDecodable where Self: RawRepresentable, RawValue: SQLDecodable {
    package init?(sqlValue: SQLValue) {
        guard let raw = RawValue(sqlValue: sqlValue) else { return nil }
        self.init(rawValue: raw)
    }
}
