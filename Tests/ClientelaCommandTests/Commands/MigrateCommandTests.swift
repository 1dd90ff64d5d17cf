import ClientelaCommand
import Foundation
import Gateway
import Storage
import Testing

@Suite struct MigrateCommandTests {
    @Test func migratesAFreshSQLiteFileAndSaysSo() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/fresh.sqlite"
        let result = await runCommand(["migrate", "--database", path])
        #expect(result.status == .success, "\(result.error)")
        #expect(result.error.isEmpty)
        #expect(FileManager.default.fileExists(atPath: path))
        let applied = ClientelaMigrations.all().reduce(0) { $0 + $1.migrations.count }
        if applied == 0 {
            #expect(result.output == "The database \(path) is up to date: no migration to apply.\n")
        } else {
            #expect(result.output.hasSuffix("Applied \(applied) migration\(applied == 1 ? "" : "s") to \(path).\n"))
        }
        // The file is a closed, sound database that records every migration of this build.
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "closing checkpoints and removes the log")
        let database = try await DatabaseConfiguration(url: path).open()
        let recorded = try await ClientelaMigrations.migrator().recorded(in: database)
        #expect(recorded.count == applied)
        let tables = try await database.read { connection in
            try connection.rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'storage_migrations'") { try $0.decode("name", as: String.self) }
        }
        #expect(tables == ["storage_migrations"])
        await database.close()
    }

    @Test func aSecondRunHasNothingToDo() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/twice.sqlite"
        #expect(await runCommand(["migrate", "--database=sqlite:\(path)"]).status == .success)
        let second = await runCommand(["migrate"], environment: ["CLIENTELA_DATABASE": path])
        #expect(second.status == .success)
        #expect(second.output == "The database \(path) is up to date: no migration to apply.\n")
    }

    @Test func refusesADatabaseFromANewerBuild() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/newer.sqlite"
        let database = try await DatabaseConfiguration(url: path).open()
        try await Migrator([ModuleMigrations(module: "future", migrations: [Migration(1, "from the future", .sql("CREATE TABLE future (id INTEGER)"))])])
            .migrate(database)
        await database.close()
        let result = await runCommand(["migrate", "--database", path])
        #expect(result.status == .failure)
        #expect(result.output.isEmpty)
        #expect(result.error.hasPrefix("clientela: migrating the database \(path) failed: "))
        #expect(result.error.contains("from the future"))
        #expect(result.error.split(separator: "\n").count == 1)
    }

    @Test func aDatabaseThatCannotBeOpenedIsOneLineAndStatusOne() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path + "/missing-folder/db.sqlite"
        let result = await runCommand(["migrate", "--database", path])
        #expect(result.status == .failure)
        #expect(result.error.hasPrefix("clientela: cannot open the database \(path): "))
        #expect(result.error.split(separator: "\n").count == 1)
    }
}
