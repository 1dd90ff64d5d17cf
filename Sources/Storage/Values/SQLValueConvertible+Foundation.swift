package import Foundation

/// UUIDs are stored as their lower-case text form: SQLite sorts and compares it as text, and a
/// PostgreSQL `uuid` column accepts it and gives it back in the same form.
extension UUID: SQLEncodable, SQLDecodable {
    package var sqlValue: SQLValue { .text(uuidString.lowercased()) }
    package init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .text(let text):
            guard let uuid = UUID(uuidString: text) else { return nil }
            self = uuid
        case .blob(let bytes) where bytes.count == 16:
            self = UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                               bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
        default:
            return nil
        }
    }
}

/// Instants are stored as fixed-width UTC text with microseconds (`2025-03-01T09:30:00.000000Z`),
/// so that text order is time order on SQLite; decoding also reads PostgreSQL's `timestamptz`
/// output (`2025-03-01 09:30:00+00`). See ``Timestamp``.
extension Date: SQLEncodable, SQLDecodable {
    package var sqlValue: SQLValue { .text(Timestamp.format(self)) }
    package init?(sqlValue: SQLValue) {
        guard case .text(let text) = sqlValue, let date = Timestamp.parse(text) else { return nil }
        self = date
    }
}
