/// One value crossing the storage boundary: a bound parameter or a decoded column.
///
/// The cases are the storage classes both backends share. Booleans are a case of their own so that
/// PostgreSQL receives a `boolean` while SQLite stores 0 or 1 (and gives back an ``integer(_:)``,
/// which ``Bool``'s decoding accepts).
package enum SQLValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])
    case boolean(Bool)

    /// The storage class's name, for error messages that must not show the value itself.
    package var kindName: String {
        switch self {
        case .null: "NULL"
        case .integer: "integer"
        case .real: "real"
        case .text: "text"
        case .blob: "blob"
        case .boolean: "boolean"
        }
    }
}
