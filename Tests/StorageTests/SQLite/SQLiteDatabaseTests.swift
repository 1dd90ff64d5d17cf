import Foundation
import Storage
import Synchronization
import Testing

@Suite struct SQLiteDatabaseTests {
    private static func withFile<T>(_ body: (String) async throws -> T) async throws -> T {
        let folder = NSTemporaryDirectory() + "clientela-sqlite-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        return try await body(folder + "/test.sqlite")
    }

    @Test func opensInWALModeWithForeignKeysAndABusyTimeout() async throws {
        try await Self.withFile { path in
            let database = try await SQLiteDatabase(.file(path))
            let (mode, foreignKeys, timeout) = try await database.read { connection in
                (try connection.scalar("PRAGMA journal_mode", as: String.self),
                 try connection.scalar("PRAGMA foreign_keys", as: Int.self),
                 try connection.scalar("PRAGMA busy_timeout", as: Int.self))
            }
            #expect(mode == "wal")
            #expect(foreignKeys == 1)
            #expect(timeout == 5000)
            let synchronous = try await database.write { connection in try connection.scalar("PRAGMA synchronous", as: Int.self) }
            #expect(synchronous == 1) // NORMAL
            await database.close()
        }
    }

    @Test func readsDoNotWaitForAWriteInProgress() async throws {
        try await Self.withFile { path in
            let database = try await SQLiteDatabase(.file(path))
            try await database.write { connection in
                try connection.executeScript("CREATE TABLE items (id INTEGER PRIMARY KEY)")
                try connection.execute("INSERT INTO items (id) VALUES (\(1))")
            }
            let writeStarted = Semaphore(), releaseWrite = Semaphore()
            let writer = Task {
                try await database.write { connection in
                    try connection.execute("INSERT INTO items (id) VALUES (\(2))")
                    writeStarted.signal()
                    releaseWrite.wait()
                }
            }
            await writeStarted.waitAsync()
            // The write holds its transaction open; reads on other connections go on, and see
            // the last committed state.
            let counts = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<4 {
                    group.addTask { try await database.read { connection in try connection.scalar("SELECT count(*) FROM items", as: Int.self) ?? -1 } }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(counts == [1, 1, 1, 1])
            releaseWrite.signal()
            try await writer.value
            #expect(try await database.read { connection in try connection.scalar("SELECT count(*) FROM items", as: Int.self) } == 2)
            await database.close()
        }
    }

    @Test func reusesPreparedStatements() async throws {
        let database = try await SQLiteDatabase(.memory)
        try await database.write { connection in try connection.executeScript("CREATE TABLE items (id INTEGER PRIMARY KEY)") }
        for number in 1...10 {
            try await database.write { connection in try connection.execute("INSERT INTO items (id) VALUES (\(number))") }
        }
        // sqlite_stmt lists the connection's prepared statements and how often each ran.
        let runs = try await database.read { connection in
            try connection.rows("SELECT run FROM sqlite_stmt WHERE sql = \("INSERT INTO items (id) VALUES (?)")") { try $0.decode("run", as: Int.self) }
        }
        #expect(runs == [10])
        await database.close()
    }

    @Test func closesCleanly() async throws {
        try await Self.withFile { path in
            let database = try await SQLiteDatabase(.file(path))
            try await database.write { connection in
                try connection.executeScript("CREATE TABLE items (id INTEGER PRIMARY KEY)")
                try connection.insert(into: "items", columns: ["id"], rows: (1...100).map { [.integer(Int64($0))] })
            }
            _ = try await database.read { connection in try connection.rows("SELECT * FROM items") }
            #expect(FileManager.default.fileExists(atPath: path + "-wal"))
            await database.close()
            // The last connection checkpointed the log into the file and removed it.
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
            let reopened = try await SQLiteDatabase(.file(path))
            #expect(try await reopened.read { connection in try connection.scalar("SELECT count(*) FROM items", as: Int.self) } == 100)
            await reopened.close()
        }
    }

    @Test func closeWaitsForWorkInFlight() async throws {
        let database = try await SQLiteDatabase(.memory)
        let started = Semaphore()
        let work = Task {
            try await database.write { connection in
                started.signal()
                Thread.sleep(forTimeInterval: 0.2)
                return try connection.scalar("SELECT 42", as: Int.self)
            }
        }
        await started.waitAsync()
        await database.close()
        #expect(try await work.value == 42)
    }

    @Test func failsClearlyOnAFileItCannotOpen() async throws {
        let error = await #expect(throws: StorageError.self) { try await SQLiteDatabase(.file("/nonexistent-folder/sub/db.sqlite")) }
        #expect(error?.message.contains("/nonexistent-folder/sub/db.sqlite") == true)
    }
}

/// A one-shot signal between async test code and work running on the driver's threads: those
/// block in ``wait()``, while test code awaits ``waitAsync()``; neither holds a thread that Swift's
/// tasks need.
final class Semaphore: Sendable {
    private let raised = Atomic<Bool>(false)

    func signal() { raised.store(true, ordering: .releasing) }

    func wait() {
        while !raised.load(ordering: .acquiring) { usleep(1_000) }
    }

    func waitAsync() async {
        while !raised.load(ordering: .acquiring) { try? await Task.sleep(for: .milliseconds(2)) }
    }
}
