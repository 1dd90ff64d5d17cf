import Foundation
import Storage
import Testing

/// A backend the contract suites run against: every driver must pass the same tests.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqliteMemory
    case sqliteFile
    case postgres

    var testDescription: String { rawValue }

    /// The backends to test here. PostgreSQL is left out, with a loud line on standard error,
    /// only when it cannot run and is not required (see ``TestPostgres``); when it is required
    /// its tests stay in and fail with the reason.
    static let all: [Backend] = {
        guard let reason = TestPostgres.unavailableReason, !TestPostgres.isRequired else { return allCases }
        FileHandle.standardError.write(Data("""

            ************************************************************************
            * POSTGRESQL STORAGE TESTS SKIPPED: \(reason)
            * Install postgresql (see .ci/storage-setup) or set CLIENTELA_TEST_POSTGRES_URL.
            ************************************************************************

            """.utf8))
        return [.sqliteMemory, .sqliteFile]
    }()

    /// Runs `body` with a fresh, empty database of this backend, closed and removed afterwards.
    func withDatabase<T>(_ body: (any SQLDatabase) async throws -> T) async throws -> T {
        let fixture = try await TestDatabase.make(self)
        do {
            let result = try await body(fixture.database)
            await fixture.dispose()
            return result
        } catch {
            await fixture.dispose()
            throw error
        }
    }
}

/// A database made for one test, and how to get rid of it.
struct TestDatabase {
    let database: any SQLDatabase
    /// The URL another process would open the same database with.
    let url: String
    private let folder: String?

    static func make(_ backend: Backend) async throws -> TestDatabase {
        switch backend {
        case .sqliteMemory:
            return TestDatabase(database: try await SQLiteDatabase(.memory), url: "sqlite::memory:", folder: nil)
        case .sqliteFile:
            let folder = NSTemporaryDirectory() + "clientela-storage-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let path = folder + "/test.sqlite"
            return TestDatabase(database: try await SQLiteDatabase(.file(path)), url: "sqlite:" + path, folder: folder)
        case .postgres:
            let url = try await TestPostgres.freshSchemaURL()
            return TestDatabase(database: try await PostgresDatabase(PostgresConfiguration(url: url)), url: url, folder: nil)
        }
    }

    func dispose() async {
        await database.close()
        if let folder { try? FileManager.default.removeItem(atPath: folder) }
    }
}
