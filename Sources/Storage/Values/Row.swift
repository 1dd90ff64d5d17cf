/// One result row: the column names (shared by every row of a result) and the values.
///
/// Decode columns by name with ``decode(_:as:)``, which throws a ``StorageError`` naming the
/// column and the expected type when the value does not fit:
///
///     let name = try row.decode("name", as: String.self)
///     let email: String? = try row.decode("email")
package struct Row: Sendable, Equatable {
    package let columns: [String]
    package let values: [SQLValue]

    package init(columns: [String], values: [SQLValue]) {
        precondition(columns.count == values.count, "a row needs one value per column")
        self.columns = columns
        self.values = values
    }

    /// The value of the first column with this name, or nil when there is no such column.
    package subscript(column: String) -> SQLValue? {
        columns.firstIndex(of: column).map { values[$0] }
    }

    /// Decodes the column with this name.
    ///
    /// - Throws: ``StorageError`` with code ``StorageError/Code/decoding`` when the row has no
    ///   such column or its value does not decode as `T` (a NULL into a non-optional type, text
    ///   into an integer, …). The message names the column and the storage class, never the value.
    package func decode<T: SQLDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        guard let index = columns.firstIndex(of: column) else {
            throw StorageError(.decoding, "no column `\(column)` in the row (columns: \(columns.joined(separator: ", ")))")
        }
        return try decode(at: index, as: type)
    }

    /// Decodes the column at a zero-based position.
    package func decode<T: SQLDecodable>(at index: Int, as type: T.Type = T.self) throws -> T {
        guard values.indices.contains(index) else {
            throw StorageError(.decoding, "no column at position \(index) in a row of \(values.count)")
        }
        guard let value = T(sqlValue: values[index]) else {
            throw StorageError(.decoding, "column `\(columns[index])` holds \(values[index].kindName), which does not decode as \(T.self)")
        }
        return value
    }
}
