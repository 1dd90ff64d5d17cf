package import Storage

// The Clients module's closed sets are stored as their raw values (Storage's convention).
extension ClientType: SQLValueConvertible {}
extension ClientSegment: SQLValueConvertible {}
extension AcquisitionSource: SQLValueConvertible {}
extension EventStatus: SQLValueConvertible {}

/// A refid is stored as its text; one read back was valid when it was written, so a row that does
/// not parse is reported as a decoding failure rather than repaired.
extension RefID: SQLValueConvertible {
    package var sqlValue: SQLValue { .text(value) }

    package init?(sqlValue: SQLValue) {
        guard case .text(let text) = sqlValue, let parsed = try? RefID(parsing: text) else { return nil }
        self = parsed
    }
}
