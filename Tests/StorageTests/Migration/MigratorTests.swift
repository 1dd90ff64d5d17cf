import Storage
import Testing

@Suite struct MigratorTests {
    private static let first = Migration(1, "create notes", .sql("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"))
    private static let second = Migration(2, "add notes.author", .dialects(
        sqlite: "ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT 'nobody'",
        postgres: "ALTER TABLE notes ADD COLUMN author VARCHAR(100) NOT NULL DEFAULT 'nobody'"
    ))
    private static let tags = ModuleMigrations(module: "tags", migrations: [
        Migration(1, "create tags", .sql("CREATE TABLE tags (name TEXT PRIMARY KEY)")),
    ])

    private static func notes(_ migrations: Migration...) -> ModuleMigrations {
        ModuleMigrations(module: "notes", migrations: migrations)
    }

    @Test(arguments: Backend.all)
    func appliesInOrderOnceAndRecords(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let migrator = Migrator([Self.notes(Self.first, Self.second), Self.tags])
            let applied = try await migrator.migrate(database)
            #expect(applied.map { "\($0.module)#\($0.version)" } == ["notes#1", "notes#2", "tags#1"])
            try await database.write { connection in try connection.execute("INSERT INTO notes (id, body) VALUES (\(1), \("hello"))") }
            let author = try await database.read { connection in try connection.scalar("SELECT author FROM notes", as: String.self) }
            #expect(author == "nobody")
            #expect(try await migrator.migrate(database).isEmpty)
            #expect(try await migrator.recorded(in: database).count == 3)
        }
    }

    @Test(arguments: Backend.all)
    func appliesOnlyWhatIsNew(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Migrator([Self.notes(Self.first)]).migrate(database)
            let applied = try await Migrator([Self.notes(Self.first, Self.second)]).migrate(database)
            #expect(applied.map(\.version) == [2])
        }
    }

    @Test(arguments: Backend.all)
    func refusesADatabaseFromANewerBuildWithoutTouchingIt(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Migrator([Self.notes(Self.first, Self.second)]).migrate(database)
            let older = Migrator([Self.notes(Self.first), Self.tags])
            let error = await #expect(throws: StorageError.self) { try await older.migrate(database) }
            #expect(error?.code == .migrationRefused)
            #expect(error?.message.contains(#"migration 2 "add notes.author" of module notes"#) == true)
            // The tags module's migration was pending but nothing ran.
            await #expect(throws: StorageError.self) {
                try await database.read { connection in try connection.rows("SELECT * FROM tags") }
            }
        }
    }

    @Test(arguments: Backend.all)
    func refusesAnUnknownModuleAndARenamedMigration(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Migrator([Self.notes(Self.first), Self.tags]).migrate(database)
            let withoutTags = await #expect(throws: StorageError.self) { try await Migrator([Self.notes(Self.first)]).migrate(database) }
            #expect(withoutTags?.code == .migrationRefused)
            let renamed = Migration(1, "create the notes table", .sql("CREATE TABLE notes (id INTEGER PRIMARY KEY)"))
            let mismatch = await #expect(throws: StorageError.self) { try await Migrator([Self.notes(renamed), Self.tags]).migrate(database) }
            #expect(mismatch?.code == .migrationRefused)
        }
    }

    @Test(arguments: Backend.all)
    func aFailingMigrationLeavesNoTrace(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let broken = Migration(2, "broken", .sql("CREATE TABLE halfway (id INTEGER PRIMARY KEY); INSERT INTO no_such_table VALUES (1)"))
            await #expect(throws: StorageError.self) { try await Migrator([Self.notes(Self.first, broken)]).migrate(database) }
            let recorded = try await Migrator([Self.notes(Self.first)]).recorded(in: database)
            #expect(recorded.map(\.version) == [1])
            await #expect(throws: StorageError.self) {
                try await database.read { connection in try connection.rows("SELECT * FROM halfway") }
            }
            // Fixed in the next build, it applies.
            let fixed = Migration(2, "broken", .sql("CREATE TABLE halfway (id INTEGER PRIMARY KEY)"))
            #expect(try await Migrator([Self.notes(Self.first, fixed)]).migrate(database).map(\.version) == [2])
        }
    }

    @Test(arguments: Backend.all)
    func concurrentMigratorsApplyEachMigrationOnce(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let migrator = Migrator([Self.notes(Self.first, Self.second), Self.tags])
            async let a = migrator.migrate(database)
            async let b = migrator.migrate(database)
            let (first, second) = try await (a, b)
            #expect(first.count + second.count == 3)
        }
    }
}
