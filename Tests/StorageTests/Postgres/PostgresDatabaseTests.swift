import Storage
import Testing

@Suite(.enabled(if: Backend.all.contains(.postgres), "PostgreSQL is not available"))
struct PostgresDatabaseTests {
    private static func backendPID(_ database: any SQLDatabase) async throws -> Int {
        try await database.read { connection in try connection.scalar("SELECT pg_backend_pid()", as: Int.self) ?? 0 }
    }

    /// Ends a server process from another session, as a restart or a failover would.
    private static func terminate(_ pid: Int) async throws {
        let admin = try await PostgresDatabase(PostgresConfiguration(url: try await TestPostgres.freshSchemaURL(poolSize: 1)))
        let ended = try await admin.read { connection in try connection.scalar("SELECT pg_terminate_backend(\(pid)::integer)", as: Bool.self) }
        #expect(ended == true)
        await admin.close()
    }

    @Test func replacesADroppedIdleConnection() async throws {
        let database = try await PostgresDatabase(PostgresConfiguration(url: try await TestPostgres.freshSchemaURL(poolSize: 1)))
        let before = try await Self.backendPID(database)
        try await Self.terminate(before)
        // The next unit of work meets the dead connection on its first command, and runs again
        // on a new one: the caller sees no error.
        let after = try await Self.backendPID(database)
        #expect(after != before)
        try await database.write { connection in try connection.executeScript("CREATE TABLE after_reconnect (id INTEGER)") }
        await database.close()
    }

    @Test func failsAUnitCutInTheMiddleThenRecovers() async throws {
        let database = try await PostgresDatabase(PostgresConfiguration(url: try await TestPostgres.freshSchemaURL(poolSize: 1)))
        try await database.write { connection in try connection.executeScript("CREATE TABLE items (id INTEGER PRIMARY KEY)") }
        let error = await #expect(throws: StorageError.self) {
            try await database.write { connection in
                try connection.execute("INSERT INTO items (id) VALUES (\(1))")
                // The session ends itself, as a server restart or a failover would end it.
                try connection.execute("SELECT pg_terminate_backend(pg_backend_pid())")
                try connection.execute("INSERT INTO items (id) VALUES (\(2))")
            }
        }
        #expect(error?.code == .connectionLost)
        // Nothing of the cut transaction was committed, and the pool has a working connection.
        #expect(try await database.read { connection in try connection.scalar("SELECT count(*) FROM items", as: Int.self) } == 0)
        await database.close()
    }

    @Test func reportsAnUnreachableServer() async throws {
        let error = await #expect(throws: StorageError.self) {
            try await PostgresDatabase(PostgresConfiguration(url: "postgres://nobody:secret@127.0.0.1:1/none?connect_timeout=2"))
        }
        #expect(error?.code == .connectionFailed)
        #expect(error?.description.contains("secret") == false)
    }

    @Test func runsOnTheURLsOwnSettings() async throws {
        let url = try await TestPostgres.freshSchemaURL(poolSize: 3)
        let database = try await PostgresDatabase(PostgresConfiguration(url: url + "&application_name=clientela-test"))
        #expect(database.configuration.poolSize == 3)
        let name = try await database.read { connection in try connection.scalar("SELECT current_setting('application_name')", as: String.self) }
        #expect(name == "clientela-test")
        await database.close()
    }
}
