import Foundation
import Storage
import StorageTesting
import Testing

/// A process killed in the middle of its write loop loses no committed row, on either backend.
///
/// The child (`storage-crash-helper`, built with the tests) commits one row per transaction and
/// prints each number once its commit returned; the test SIGKILLs it mid-loop, reopens the
/// database (SQLite replays its WAL) and checks every printed row.
@Suite struct CrashRecoveryTests {
    private static var helperPath: String {
        let executable = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        return executable.deletingLastPathComponent().appendingPathComponent("storage-crash-helper").path
    }

    @Test(arguments: [Backend.sqliteFile] + Backend.all.filter { $0 == .postgres })
    func aKilledWriterLosesNoCommittedRow(backend: Backend) async throws {
        let folder = NSTemporaryDirectory() + "clientela-crash-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let url = backend == .postgres ? try await TestPostgres.freshSchemaURL() : "sqlite:\(folder)/crash.sqlite"

        let lastCommitted = try Self.runAndKill(url: url, afterCommits: 150)
        #expect(lastCommitted >= 150)

        let database = try await DatabaseConfiguration(url: url).open()
        let numbers = try await database.read { connection in
            try connection.rows("SELECT n FROM crash_rows ORDER BY n") { try $0.decode("n", as: Int.self) }
        }
        let committed = Set(numbers)
        #expect((1...lastCommitted).allSatisfy(committed.contains), "rows reported committed are missing")
        // At most the one transaction in flight at the kill may have committed unreported.
        #expect(numbers.count <= lastCommitted + 1)
        #expect(numbers == Array(1...numbers.count))
        // The reopened database is sound and writable.
        try await database.write { connection in try connection.execute("INSERT INTO crash_rows (n, payload) VALUES (\(1_000_000), \("after"))") }
        if backend == .sqliteFile {
            #expect(try await database.read { connection in try connection.scalar("PRAGMA integrity_check", as: String.self) } == "ok")
        }
        await database.close()
    }

    /// Starts the helper, reads its `committed N` lines until `afterCommits`, kills it with
    /// SIGKILL while it keeps writing, and returns the last number it reported.
    private static func runAndKill(url: String, afterCommits: Int) throws -> Int {
        let child = try ChildProcess.spawn(helperPath, [url], output: .pipe)
        let reader = try #require(child.output)
        var buffer = Data()
        var last = 0
        let deadline = Date().addingTimeInterval(60)
        while last < afterCommits, Date() < deadline {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            last = lastNumber(in: buffer) ?? last
        }
        kill(child.pid, SIGKILL)
        // Lines the child wrote before it died count too.
        buffer.append(reader.readDataToEndOfFile())
        #expect(child.wait() == 128 + SIGKILL)
        return lastNumber(in: buffer) ?? last
    }

    private static func lastNumber(in data: Data) -> Int? {
        String(decoding: data, as: UTF8.self)
            .split(separator: "\n")
            .reversed()
            .lazy
            .compactMap { line -> Int? in
                guard line.hasPrefix("committed ") else { return nil }
                return Int(line.dropFirst("committed ".count))
            }
            .first
    }
}
