import Foundation
import Storage
import Testing

@Suite struct SQLValueConvertibleTests {
    private static let samples = MigrationStep.dialects(
        sqlite: "CREATE TABLE samples (id INTEGER PRIMARY KEY, i INTEGER, r REAL, t TEXT, b BLOB, f INTEGER, d TEXT, u TEXT, s TEXT)",
        postgres: "CREATE TABLE samples (id BIGINT PRIMARY KEY, i BIGINT, r DOUBLE PRECISION, t TEXT, b BYTEA, f BOOLEAN, d TIMESTAMPTZ, u UUID, s TEXT)"
    )

    private enum Status: String, SQLValueConvertible { case active = "ACTIVE", suspended = "SUSPENDED" }

    private struct Sample: Equatable, Sendable {
        var integer: Int64?
        var real: Double?
        var text: String?
        var bytes: [UInt8]?
        var flag: Bool?
        var date: Date?
        var uuid: UUID?
        var status: Status?
    }

    private static let cases: [Sample] = [
        Sample(integer: Int64.max, real: 3.25, text: "Ñandú «quoted» 'single' \"double\" 🦙", bytes: [0, 1, 254, 255],
               flag: true, date: Date(timeIntervalSince1970: 1_700_000_000.25), uuid: UUID(), status: .active),
        Sample(integer: Int64.min, real: -0.0001, text: "", bytes: [], flag: false, date: Date(timeIntervalSince1970: 0), uuid: UUID(), status: .suspended),
        Sample(),
    ]

    @Test(arguments: Backend.all)
    func roundTripsEveryKindOfValue(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await database.write { connection in try Self.samples.apply(on: connection) }
            let cases = Self.cases
            try await database.write { connection in
                for (id, sample) in cases.enumerated() {
                    try connection.execute("""
                        INSERT INTO samples (id, i, r, t, b, f, d, u, s) VALUES (\(id), \(sample.integer), \(sample.real), \(sample.text),
                          \(sample.bytes), \(sample.flag), \(sample.date), \(sample.uuid), \(sample.status))
                        """)
                }
            }
            let read = try await database.read { connection in
                try connection.rows("SELECT i, r, t, b, f, d, u, s FROM samples ORDER BY id") { row in
                    Sample(integer: try row.decode("i"), real: try row.decode("r"), text: try row.decode("t"), bytes: try row.decode("b"),
                           flag: try row.decode("f"), date: try row.decode("d"), uuid: try row.decode("u"), status: try row.decode("s"))
                }
            }
            #expect(read == cases)
        }
    }

    @Test(arguments: Backend.all)
    func decodingTheWrongTypeNamesTheColumn(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let row = try await database.read { connection in try connection.firstRow("SELECT 'Ana' AS name, NULL AS email") }
            let error = try #require(throws: StorageError.self) { try #require(row).decode("name", as: Int.self) }
            #expect(error.code == .decoding)
            #expect(error.message.contains("`name`") && error.message.contains("Int") && !error.message.contains("Ana"))
            #expect(throws: StorageError.self) { try #require(row).decode("email", as: String.self) }
            #expect(try #require(row).decode("email", as: String?.self) == nil)
            #expect(throws: StorageError.self) { try #require(row).decode("missing", as: String?.self) }
        }
    }
}
