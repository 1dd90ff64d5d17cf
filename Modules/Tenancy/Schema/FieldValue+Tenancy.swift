package import Foundation
package import GraphQL
import Storage

extension FieldValue {
    /// A `DateTime`: UTC with a `Z`, to the microsecond as stored.
    package static func dateTime(_ date: Date?) -> FieldValue {
        date.map { .leaf(.string(Timestamp.format($0))) } ?? .null
    }

    /// An `ID` from a typed id.
    package static func id(_ id: (some RecordID)?) -> FieldValue {
        id.map { .leaf(.string($0.rawValue)) } ?? .null
    }

    /// An enum value by its raw value.
    package static func enumValue<T: RawRepresentable>(_ value: T) -> FieldValue where T.RawValue == String {
        .leaf(.string(value.rawValue))
    }
}
