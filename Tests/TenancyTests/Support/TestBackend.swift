import Foundation
import Storage
import StorageTesting
import Tenancy
import Testing

/// A backend the Tenancy suites run against: SQLite in memory and a throwaway PostgreSQL.
///
/// PostgreSQL is left out, with a line on standard error, only when its server binaries are
/// missing and it is not required (`CI=true` or `CLIENTELA_REQUIRE_POSTGRES=1` require it).
enum TestBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    static let all: [TestBackend] = PostgresTestSchemas.includePostgres(suite: "TENANCY") ? allCases : [.sqlite]

    /// A fresh, migrated database of this backend, closed after `body`.
    func withDatabase<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        let database: any SQLDatabase
        switch self {
        case .sqlite: database = try await SQLiteDatabase(.memory)
        case .postgres: database = try await PostgresDatabase(PostgresConfiguration(url: try await PostgresTestSchemas.freshSchemaURL(prefix: "tenancy")))
        }
        do {
            try await Migrator([TenancyMigrations.module]).migrate(database)
            let result = try await body(database)
            await database.close()
            return result
        } catch {
            await database.close()
            throw error
        }
    }
}
