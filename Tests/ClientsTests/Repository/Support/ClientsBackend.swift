import Clients
import Foundation
import Storage
import StorageTesting
import Tenancy
import Testing

/// A backend the Clients storage suites run against: SQLite in memory and a throwaway PostgreSQL.
///
/// PostgreSQL is left out, with a line on standard error, only when its server binaries are
/// missing and it is not required (`CI=true` or `CLIENTELA_REQUIRE_POSTGRES=1` require it).
enum ClientsBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    static let all: [ClientsBackend] = PostgresTestSchemas.includePostgres(suite: "CLIENTS") ? allCases : [.sqlite]

    /// A fresh database of this backend with Tenancy's and Clients' tables, closed after `body`.
    func withDatabase<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        let database: any SQLDatabase
        switch self {
        case .sqlite: database = try await SQLiteDatabase(.memory)
        case .postgres: database = try await PostgresDatabase(PostgresConfiguration(url: try await PostgresTestSchemas.freshSchemaURL(prefix: "clients")))
        }
        do {
            try await Migrator([TenancyMigrations.module, ClientsMigrations.module]).migrate(database)
            let result = try await body(database)
            await database.close()
            return result
        } catch {
            await database.close()
            throw error
        }
    }

    /// A fresh world (two organizations, their staff) on this backend.
    func withWorld<T>(_ body: (ClientsWorld) async throws -> T) async throws -> T {
        try await withDatabase { database in
            try await body(try await ClientsWorld.make(database))
        }
    }
}
