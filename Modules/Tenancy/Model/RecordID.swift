package import Storage

/// What every typed record id shares: a UUID in its lower-case text form, stored as text.
///
/// Ids are typed (`OrganizationID`, `UserID`, …) so that a user id can never be passed where an
/// organization id is expected; the ids that cross modules live here in Tenancy, the base layer.
/// Text rather than a native `uuid` column keeps one schema for SQLite and PostgreSQL, and
/// UUIDv7's time-ordered text still sorts in creation order.
package protocol RecordID: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible,
    SQLValueConvertible where RawValue == String
{
    init(rawValue: String)
}

extension RecordID {
    /// A new, time-ordered id.
    package static func generate() -> Self {
        Self(rawValue: UUIDv7.generate())
    }

    /// The id a caller wrote, or nil when it is not a UUID.
    ///
    /// A malformed id is treated by the resolvers exactly like an unknown one (null on read,
    /// NOT_FOUND on write): a caller learns nothing from the difference, and the backends never
    /// see text that is not an id.
    package init?(parsing text: String) {
        guard let canonical = UUIDv7.canonical(text) else { return nil }
        self.init(rawValue: canonical)
    }

    package var description: String { rawValue }

    package static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    package var sqlValue: SQLValue { .text(rawValue) }

    package init?(sqlValue: SQLValue) {
        guard case .text(let text) = sqlValue else { return nil }
        self.init(rawValue: text)
    }
}
