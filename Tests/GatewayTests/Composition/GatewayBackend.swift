import Foundation
import Gateway
import Storage
import StorageTesting
import Testing

/// A backend the gateway's storage-backed suites run against: SQLite in memory and PostgreSQL (a
/// schema of its own on the test server, see ``PostgresTestSchemas``), each migrated with every
/// module's migrations (``ClientelaMigrations``).
enum GatewayBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    static let all: [GatewayBackend] = PostgresTestSchemas.includePostgres(suite: "GATEWAY") ? allCases : [.sqlite]

    /// A fresh, migrated database of this backend, closed after `body`.
    func withDatabase<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        let database: any SQLDatabase
        switch self {
        case .sqlite: database = try await SQLiteDatabase(.memory)
        case .postgres: database = try await PostgresDatabase(PostgresConfiguration(url: try await PostgresTestSchemas.freshSchemaURL(prefix: "gateway")))
        }
        do {
            try await ClientelaMigrations.migrator().migrate(database)
            let result = try await body(database)
            await database.close()
            return result
        } catch {
            await database.close()
            throw error
        }
    }
}
