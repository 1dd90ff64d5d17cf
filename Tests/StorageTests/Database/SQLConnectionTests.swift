import Dispatch
import Storage
import Synchronization
import Testing

/// The connection contract every driver passes: statements, parameters, transactions, bulk writes.
@Suite struct SQLConnectionTests {
    static let people = MigrationStep.sql("""
        CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT);
        CREATE UNIQUE INDEX people_email_unique ON people (email);
        """)

    private static func setUp(_ database: any SQLDatabase) async throws {
        try await database.write { connection in try people.apply(on: connection) }
    }

    private static func count(_ database: any SQLDatabase) async throws -> Int {
        try await database.read { connection in try connection.scalar("SELECT count(*) FROM people", as: Int.self) ?? -1 }
    }

    @Test(arguments: Backend.all)
    func executesAndQueries(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Self.setUp(database)
            let changed = try await database.write { connection in
                try connection.execute("INSERT INTO people (id, name, email) VALUES (\(1), \("Ana"), \("ana@example.com"))")
                    + connection.execute("INSERT INTO people (id, name, email) VALUES (\(2), \("Bruno"), \(String?.none))")
            }
            #expect(changed == 2)
            let names = try await database.read { connection in
                try connection.rows("SELECT name FROM people ORDER BY id") { try $0.decode("name", as: String.self) }
            }
            #expect(names == ["Ana", "Bruno"])
            let updated = try await database.write { connection in try connection.execute("UPDATE people SET email = \("x@example.com") WHERE email IS NULL") }
            #expect(updated == 1)
            let none = try await database.read { connection in try connection.firstRow("SELECT name FROM people WHERE id = \(99)") }
            #expect(none == nil)
        }
    }

    @Test(arguments: Backend.all)
    func keepsHostileInputAsData(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Self.setUp(database)
            let hostile = "Robert'); DROP TABLE people; --"
            try await database.write { connection in try connection.execute("INSERT INTO people (id, name) VALUES (\(1), \(hostile))") }
            let stored = try await database.read { connection in try connection.scalar("SELECT name FROM people WHERE name = \(hostile)", as: String.self) }
            #expect(stored == hostile)
            #expect(try await Self.count(database) == 1)
        }
    }

    @Test(arguments: Backend.all)
    func rollsBackAWriteThatThrows(backend: Backend) async throws {
        struct Abort: Error {}
        try await backend.withDatabase { database in
            try await Self.setUp(database)
            await #expect(throws: Abort.self) {
                try await database.write { connection in
                    try connection.execute("INSERT INTO people (id, name) VALUES (\(1), \("Ana"))")
                    throw Abort()
                }
            }
            #expect(try await Self.count(database) == 0)
        }
    }

    @Test(arguments: Backend.all)
    func nestsTransactionsWithSavepoints(backend: Backend) async throws {
        struct Abort: Error {}
        try await backend.withDatabase { database in
            try await Self.setUp(database)
            try await database.write { connection in
                try connection.execute("INSERT INTO people (id, name) VALUES (\(1), \("kept"))")
                #expect(throws: Abort.self) {
                    try connection.transaction {
                        try connection.execute("INSERT INTO people (id, name) VALUES (\(2), \("rolled back"))")
                        throw Abort()
                    }
                }
                try connection.transaction {
                    try connection.execute("INSERT INTO people (id, name) VALUES (\(3), \("released"))")
                    try connection.transaction {
                        try connection.execute("INSERT INTO people (id, name) VALUES (\(4), \("inner"))")
                    }
                }
                // After a failed statement PostgreSQL aborts the transaction; the savepoint recovers it.
                #expect(throws: StorageError.self) {
                    try connection.transaction {
                        try connection.execute("INSERT INTO people (id, name) VALUES (\(1), \("duplicate"))")
                    }
                }
                try connection.execute("INSERT INTO people (id, name) VALUES (\(5), \("after the failure"))")
            }
            let ids = try await database.read { connection in try connection.rows("SELECT id FROM people ORDER BY id") { try $0.decode("id", as: Int.self) } }
            #expect(ids == [1, 3, 4, 5])
        }
    }

    @Test(arguments: Backend.all)
    func rethrowsTheFirstError(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Self.setUp(database)
            let error = await #expect(throws: StorageError.self) {
                try await database.write { connection in
                    try connection.execute("INSERT INTO people (id, name) VALUES (\(1), \(String?.none))")
                }
            }
            #expect(error?.violation == .notNull(column: "name"))
        }
    }

    @Test(arguments: Backend.all)
    func insertsInBulk(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Self.setUp(database)
            let rows: [[SQLValue]] = (1...1234).map { [.integer(Int64($0)), .text("person \($0)"), .text("p\($0)@example.com")] }
            let inserted = try await database.write { connection in
                try connection.insert(into: "people", columns: ["id", "name", "email"], rows: rows)
            }
            #expect(inserted == 1234)
            #expect(try await Self.count(database) == 1234)
        }
    }

    @Test(arguments: Backend.all)
    func aFailedMultiRowWriteLeavesNothingBehind(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Self.setUp(database)
            try await database.write { connection in try connection.execute("INSERT INTO people (id, name, email) VALUES (\(9999), \("Ana"), \("taken@example.com"))") }
            // 1,000 rows in two chunks; row 700 collides with the existing email.
            let rows: [[SQLValue]] = (1...1000).map { number in
                [.integer(Int64(number)), .text("person \(number)"), .text(number == 700 ? "taken@example.com" : "p\(number)@example.com")]
            }
            let error = await #expect(throws: StorageError.self) {
                try await database.write { connection in
                    try connection.execute("UPDATE people SET name = \("changed") WHERE id = \(9999)")
                    try connection.insert(into: "people", columns: ["id", "name", "email"], rows: rows)
                }
            }
            #expect(error?.isUniqueViolation("people_email_unique") == true)
            #expect(try await Self.count(database) == 1)
            let name = try await database.read { connection in try connection.scalar("SELECT name FROM people", as: String.self) }
            #expect(name == "Ana")
        }
    }

    @Test(arguments: Backend.all)
    func readsCannotWrite(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Self.setUp(database)
            await #expect(throws: StorageError.self) {
                try await database.read { connection in try connection.execute("INSERT INTO people (id, name) VALUES (\(1), \("Ana"))") }
            }
            #expect(try await Self.count(database) == 0)
            // The connection that refused is still good for writes afterwards.
            try await database.write { connection in try connection.execute("INSERT INTO people (id, name) VALUES (\(1), \("Ana"))") }
            #expect(try await Self.count(database) == 1)
        }
    }

    @Test(arguments: Backend.all)
    func servesManyConcurrentUnitsOfWork(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Self.setUp(database)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for number in 1...40 {
                    group.addTask {
                        try await database.write { connection in try connection.execute("INSERT INTO people (id, name) VALUES (\(number), \("n\(number)"))") }
                        _ = try await database.read { connection in try connection.scalar("SELECT count(*) FROM people", as: Int.self) }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await Self.count(database) == 40)
        }
    }

    @Test(arguments: Backend.all)
    func cancellingTheTaskStopsTheRunningStatement(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let endless: SQL = database.dialect == .postgres
                ? "SELECT pg_sleep(60)"
                : "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
            let clock = ContinuousClock()
            let start = clock.now
            let query = Task { try await database.read { connection in try connection.rows(endless).count } }
            try await Task.sleep(for: .milliseconds(300))
            query.cancel()
            await #expect(throws: CancellationError.self) { try await query.value }
            #expect(clock.now - start < .seconds(20))
            // The interrupted connection serves the next unit of work.
            try await database.ping()
            let cancelledWrite = Task {
                try await database.write { connection in
                    try connection.executeScript("CREATE TABLE cancelled (id INTEGER)")
                    return try connection.rows(endless).count
                }
            }
            try await Task.sleep(for: .milliseconds(300))
            cancelledWrite.cancel()
            await #expect(throws: CancellationError.self) { try await cancelledWrite.value }
            await #expect(throws: StorageError.self) {
                try await database.read { connection in try connection.rows("SELECT * FROM cancelled") }
            }
        }
    }

    /// The interrupt reaches only a statement in progress: a cancellation that lands between two
    /// statements of a unit must still stop the next one (else an endless one ran on forever).
    @Test(arguments: Backend.all)
    func aCancellationBetweenStatementsStopsTheNextOne(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let betweenStatements = Mutex(false)
            let resume = DispatchSemaphore(value: 0)
            let unit = Task {
                try await database.read { connection in
                    _ = try connection.rows("SELECT 1")
                    betweenStatements.withLock { $0 = true }
                    // Holds the driver's thread (not one of Swift's) until the task is cancelled.
                    resume.wait()
                    return try connection.rows("SELECT 2").count
                }
            }
            while !betweenStatements.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(5)) }
            unit.cancel()
            resume.signal()
            await #expect(throws: CancellationError.self) { try await unit.value }
            try await database.ping()
        }
    }

    @Test(arguments: Backend.all)
    func refusesWorkAfterClose(backend: Backend) async throws {
        let fixture = try await TestDatabase.make(backend)
        await fixture.dispose()
        let error = await #expect(throws: StorageError.self) { try await fixture.database.ping() }
        #expect(error?.code == .closed)
    }
}
