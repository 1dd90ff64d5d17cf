import Foundation
import Storage
import StorageTesting

/// The PostgreSQL server the tests run against.
///
/// `CLIENTELA_TEST_POSTGRES_URL` names an existing server; otherwise, when PostgreSQL's server
/// binaries are installed, the first test that needs one starts a ``ThrowawayPostgres`` cluster,
/// stopped when the test process exits. Each test gets its own schema, so tests run in parallel
/// on one server.
enum TestPostgres {
    /// Why PostgreSQL cannot be tested here, or nil when it can.
    static let unavailableReason: String? = {
        if ProcessInfo.processInfo.environment["CLIENTELA_TEST_POSTGRES_URL"] != nil { return nil }
        return ThrowawayPostgres.unavailableReason.map { $0 + ", and CLIENTELA_TEST_POSTGRES_URL is not set" }
    }()

    /// Whether a missing PostgreSQL fails the tests instead of skipping them: on CI, or when asked.
    static let isRequired: Bool = {
        let environment = ProcessInfo.processInfo.environment
        return environment["CI"] == "true" || environment["CLIENTELA_REQUIRE_POSTGRES"] == "1"
    }()

    /// A URL for a fresh schema of its own, created on first use of the server.
    static func freshSchemaURL(poolSize: Int = 2) async throws -> String {
        let base = try await server.value
        let schema = "test_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        let admin = try await PostgresDatabase(PostgresConfiguration(url: base, poolSize: 1))
        try await admin.write { connection in
            try connection.execute("SELECT public.clientela_test_create_schema(\(schema))")
        }
        await admin.close()
        let separator = base.contains("?") ? "&" : "?"
        return base + separator + "options=-c%20search_path%3D\(schema),public&pool_size=\(poolSize)"
    }

    /// The server's base URL, started once per test process.
    private static let server = Task<String, any Error> {
        if let url = ProcessInfo.processInfo.environment["CLIENTELA_TEST_POSTGRES_URL"] {
            try await prepare(url)
            return url
        }
        if let reason = unavailableReason { throw StorageError(.connectionFailed, "PostgreSQL is not available: \(reason)") }
        let url = try await ThrowawayPostgres.start()
        try await prepare(url)
        return url
    }

    /// Creates the extensions search indexes need once, in `public`, so that tests running in
    /// parallel do not race to create them, and a function that creates a schema from a bound
    /// name (DDL takes no parameters, and SQL text only comes from literals).
    private static func prepare(_ url: String) async throws {
        let admin = try await PostgresDatabase(PostgresConfiguration(url: url, poolSize: 1))
        try await admin.write { connection in
            try connection.executeScript("""
                SELECT pg_advisory_xact_lock(1668048248); -- PostgresTestSchemas' extension lock
                CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
                CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
                CREATE EXTENSION IF NOT EXISTS btree_gin SCHEMA public;
                CREATE OR REPLACE FUNCTION public.clientela_test_create_schema(name text) RETURNS void
                  LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('CREATE SCHEMA %I', name); END $$;
                """)
        }
        await admin.close()
    }
}
