import Foundation
import Storage
import Testing

/// A file database's WAL is checkpointed by ``SQLiteCheckpointer`` on its own thread: the writer
/// never checkpoints, the checkpoints happen once the WAL passes SQLite's usual size, nothing
/// written is lost, and closing still folds the WAL into the file and removes it.
@Suite struct SQLiteCheckpointTests {
    @Test func theWALIsCheckpointedOffTheWriter() async throws {
        let folder = NSTemporaryDirectory() + "clientela-checkpoint-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/test.sqlite"

        let database = try await SQLiteDatabase(.file(path))
        // The writer's own automatic checkpoint is off (the checkpointer's hook replaces it).
        #expect(try await database.write { connection in try connection.scalar("PRAGMA wal_autocheckpoint", as: Int.self) } == 0)
        try await database.write { connection in try connection.executeScript("CREATE TABLE blobs (id INTEGER PRIMARY KEY, body BLOB NOT NULL)") }
        #expect(database.checkpoints == 0)

        // Six transactions of about 1 MB each: about 1,500 pages of 4 KB, past the 1,000 that
        // queue a checkpoint.
        for batch in 0..<6 {
            try await database.write { connection in
                for row in 0..<250 {
                    try connection.execute("INSERT INTO blobs (id, body) VALUES (\(batch * 250 + row), randomblob(4000))")
                }
            }
        }
        // The checkpoint runs on another thread: wait for it, bounded so that a checkpointer
        // that never runs fails the test instead of hanging it.
        let deadline = ContinuousClock.now + .seconds(30)
        while database.checkpoints == 0, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(database.checkpoints >= 1)
        #expect(try await database.read { connection in try connection.scalar("SELECT count(*) FROM blobs", as: Int.self) } == 1500)

        await database.close()
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "the last connection to close folds the WAL in and removes it")
        let reopened = try await SQLiteDatabase(.file(path))
        #expect(try await reopened.read { connection in try connection.scalar("SELECT count(*) FROM blobs", as: Int.self) } == 1500)
        await reopened.close()
    }

    @Test func anInMemoryDatabaseHasNoCheckpointer() async throws {
        let database = try await SQLiteDatabase(.memory)
        try await database.write { connection in
            try connection.executeScript("CREATE TABLE blobs (id INTEGER PRIMARY KEY, body BLOB NOT NULL)")
            for row in 0..<300 { try connection.execute("INSERT INTO blobs (id, body) VALUES (\(row), randomblob(4000))") }
        }
        #expect(database.checkpoints == 0)
        await database.close()
    }
}
