import Foundation
import Storage

/// One PostgreSQL server for a test process, handing each test a schema of its own, so that the
/// suites that run on both backends share the server in parallel without seeing each other's
/// tables.
///
/// The server is `CLIENTELA_TEST_POSTGRES_URL` when set, else a ``ThrowawayPostgres`` cluster
/// started on first use. A test target's backend list asks ``includePostgres(suite:)`` once, and
/// its PostgreSQL case opens ``freshSchemaURL(prefix:)``.
package enum PostgresTestSchemas {
    /// Whether the suites include PostgreSQL: yes when a server is available or required
    /// (`CI=true` or `CLIENTELA_REQUIRE_POSTGRES=1`, so that a missing server fails loudly);
    /// otherwise no, with one line on standard error naming the suite and the reason.
    package static func includePostgres(suite: String) -> Bool {
        let environment = ProcessInfo.processInfo.environment
        if environment["CLIENTELA_TEST_POSTGRES_URL"] != nil { return true }
        guard let reason = ThrowawayPostgres.unavailableReason else { return true }
        if environment["CI"] == "true" || environment["CLIENTELA_REQUIRE_POSTGRES"] == "1" { return true }
        FileHandle.standardError.write(Data("\(suite) POSTGRESQL TESTS SKIPPED: \(reason)\n".utf8))
        return false
    }

    /// A URL whose `search_path` is a new schema (with `public` after it, where extensions such
    /// as pg_trgm and the folding function live), with a pool of two connections.
    ///
    /// - Parameter prefix: The schema's name starts with it, to tell the suites apart in the server.
    package static func freshSchemaURL(prefix: String) async throws -> String {
        let base = try await server.value
        let schema = "\(prefix)_\(UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: ""))"
        let admin = try await PostgresDatabase(PostgresConfiguration(url: base, poolSize: 1))
        do {
            try await admin.write { connection in
                try connection.execute("SELECT public.clientela_test_create_schema(\(schema))")
            }
        } catch {
            await admin.close()
            throw error
        }
        await admin.close()
        let separator = base.contains("?") ? "&" : "?"
        return base + separator + "options=-c%20search_path%3D\(schema)&pool_size=2"
    }

    private static let server = Task<String, any Error> {
        let url: String
        if let given = ProcessInfo.processInfo.environment["CLIENTELA_TEST_POSTGRES_URL"] {
            url = given
        } else {
            url = try await ThrowawayPostgres.start()
        }
        let admin = try await PostgresDatabase(PostgresConfiguration(url: url, poolSize: 1))
        do {
            try await admin.write { connection in
                // DDL takes no parameters and SQL text comes only from literals: a function makes
                // a schema from a bound name. `btree_gin` (order buckets in a search index) is
                // created once here, so that suites migrating in parallel do not race to create
                // it, under a transaction-level advisory lock that the storage suites' own
                // extensions take too: two `CREATE EXTENSION IF NOT EXISTS` of one extension at
                // once make the second fail on the catalog's unique index. Its operator classes
                // are found whatever the schema.
                try connection.executeScript("""
                    SELECT pg_advisory_xact_lock(1668048248);
                    CREATE EXTENSION IF NOT EXISTS btree_gin SCHEMA public;
                    CREATE OR REPLACE FUNCTION public.clientela_test_create_schema(name text) RETURNS void
                      LANGUAGE plpgsql AS $$ BEGIN EXECUTE format('CREATE SCHEMA %I', name); END $$;
                    """)
            }
        } catch {
            await admin.close()
            throw error
        }
        await admin.close()
        return url
    }
}
