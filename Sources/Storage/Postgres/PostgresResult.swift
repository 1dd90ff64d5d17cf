internal import CLibPQ

/// A result of libpq, cleared when the last reference goes, read in text format.
final class PostgresResult {
    let handle: OpaquePointer
    let columnNames: [String]
    private let columnTypes: [UInt32]

    init(_ handle: OpaquePointer) {
        self.handle = handle
        let count = PQnfields(handle)
        columnNames = (0..<count).map { String(cString: PQfname(handle, $0)) }
        columnTypes = (0..<count).map { PQftype(handle, $0) }
    }

    deinit {
        PQclear(handle)
    }

    var rowCount: Int { Int(PQntuples(handle)) }

    /// Rows inserted, updated or deleted, from the command tag.
    var affectedRows: Int { Int(String(cString: PQcmdTuples(handle))) ?? 0 }

    func row(_ index: Int) -> Row {
        let row = Int32(index)
        return Row(columns: columnNames, values: (0..<Int32(columnNames.count)).map { value(row: row, column: $0) })
    }

    /// Decodes a text-format value by its column's type OID (see `pg_type`).
    private func value(row: Int32, column: Int32) -> SQLValue {
        if PQgetisnull(handle, row, column) == 1 { return .null }
        let bytes = UnsafeRawBufferPointer(start: PQgetvalue(handle, row, column), count: Int(PQgetlength(handle, row, column)))
        let text = String(decoding: bytes, as: UTF8.self)
        switch columnTypes[Int(column)] {
        case 16: // bool
            return .boolean(text == "t")
        case 20, 21, 23, 26: // int8, int2, int4, oid
            return Int64(text).map(SQLValue.integer) ?? .text(text)
        case 700, 701: // float4, float8
            return Double(text).map(SQLValue.real) ?? .text(text)
        case 17: // bytea, as `\x` and hex digits
            return .blob(Self.hexBytes(bytes.dropFirst(2)))
        default: // text, varchar, uuid, numeric, timestamptz, json, …
            return .text(text)
        }
    }

    private static func hexBytes(_ digits: UnsafeRawBufferPointer.SubSequence) -> [UInt8] {
        func nibble(_ byte: UInt8) -> UInt8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            default: (byte &- UInt8(ascii: "A")) &+ 10
            }
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(digits.count / 2)
        var index = digits.startIndex
        while index + 1 < digits.endIndex {
            bytes.append(nibble(digits[index]) << 4 | nibble(digits[index + 1]))
            index += 2
        }
        return bytes
    }
}

@available(*, unavailable)
extension PostgresResult: Sendable {}
