import Foundation
import Gateway
import Storage
import StorageTesting
import Testing

/// A backend the gateway's storage-backed suites run against: SQLite in memory and a throwaway
/// PostgreSQL, each migrated with every module's migrations (``ClientelaMigrations``).
///
/// PostgreSQL is left out, with a line on standard error, only when its server binaries are
/// missing and it is not required (`CI=true` or `CLIENTELA_REQUIRE_POSTGRES=1` require it).
enum GatewayBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    static let all: [GatewayBackend] = {
        guard let reason = unavailableReason, !isRequired else { return allCases }
        FileHandle.standardError.write(Data("GATEWAY POSTGRESQL TESTS SKIPPED: \(reason)\n".utf8))
        return [.sqlite]
    }()

    /// A fresh, migrated database of this backend, closed after `body`.
    func withDatabase<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        let database: any SQLDatabase
        switch self {
        case .sqlite: database = try await SQLiteDatabase(.memory)
        case .postgres: database = try await PostgresDatabase(PostgresConfiguration(url: try await Self.freshSchemaURL()))
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

    private static let unavailableReason: String? = {
        if ProcessInfo.processInfo.environment["CLIENTELA_TEST_POSTGRES_URL"] != nil { return nil }
        return ThrowawayPostgres.unavailableReason
    }()

    private static let isRequired: Bool = {
        let environment = ProcessInfo.processInfo.environment
        return environment["CI"] == "true" || environment["CLIENTELA_REQUIRE_POSTGRES"] == "1"
    }()

    /// A URL whose `search_path` is a schema of its own (with `public` after it, where pg_trgm
    /// and the folding function live), so that suites share one server in parallel.
    private static func freshSchemaURL() async throws -> String {
        let base = try await server.value
        let schema = "gateway_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        let admin = try await PostgresDatabase(PostgresConfiguration(url: base, poolSize: 1))
        try await admin.write { connection in
            try connection.execute("SELECT public.clientela_gateway_create_schema(\(schema))")
        }
        await admin.close()
        let separator = base.contains("?") ? "&" : "?"
        return base + separator + "options=-c%20search_path%3D\(schema)&pool_size=2"
    }

    private static let server = Task<String, any Error> {
        let url = try ProcessInfo.processInfo.environment["CLIENTELA_TEST_POSTGRES_URL"] ?? ThrowawayPostgres.start()
        let admin = try await PostgresDatabase(PostgresConfiguration(url: url, poolSize: 1))
        try await admin.write { connection in
            // DDL takes no parameters: a function makes a schema from a bound name.
            try connection.executeScript("""
                CREATE OR REPLACE FUNCTION public.clientela_gateway_create_schema(name text) RETURNS void
                  LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('CREATE SCHEMA %I', name); END $$;
                """)
        }
        await admin.close()
        return url
    }
}
