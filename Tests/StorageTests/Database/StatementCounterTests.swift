import Storage
import Testing

/// The per-request statement count that the HTTP layer logs, and that proves the absence of N+1.
@Suite struct StatementCounterTests {
    @Test(arguments: Backend.all)
    func countsEachStatementOfTheCurrentTask(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await database.write { connection in try SQLConnectionTests.people.apply(on: connection) }
            let counter = StatementCounter()
            let totalBefore = database.statementsExecuted
            try await StatementCounter.$current.withValue(counter) {
                try await database.write { connection in
                    try connection.execute("INSERT INTO people (id, name) VALUES (\(1), \("Ana"))")
                    try connection.transaction {
                        try connection.execute("INSERT INTO people (id, name) VALUES (\(2), \("Bruno"))")
                    }
                }
                _ = try await database.read { connection in try connection.rows("SELECT * FROM people") }
            }
            // Two inserts and a query; BEGIN, SAVEPOINT, RELEASE and COMMIT are not counted.
            #expect(counter.value == 3)
            #expect(database.statementsExecuted - totalBefore == 3)
        }
    }

    @Test(arguments: Backend.all)
    func keepsConcurrentRequestsApart(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await database.write { connection in try SQLConnectionTests.people.apply(on: connection) }
            let first = StatementCounter(), second = StatementCounter()
            async let one: Void = StatementCounter.$current.withValue(first) {
                for _ in 0..<5 { _ = try await database.read { connection in try connection.rows("SELECT 1") } }
            }
            async let two: Void = StatementCounter.$current.withValue(second) {
                for _ in 0..<3 { _ = try await database.read { connection in try connection.rows("SELECT 1") } }
            }
            _ = try await (one, two)
            #expect(first.value == 5)
            #expect(second.value == 3)
        }
    }

    @Test(arguments: Backend.all)
    func countsABatchedLookupOnce(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await database.write { connection in
                try SQLConnectionTests.people.apply(on: connection)
                try connection.insert(into: "people", columns: ["id", "name"], rows: (1...100).map { [.integer(Int64($0)), .text("p\($0)")] })
            }
            let counter = StatementCounter()
            let names = try await StatementCounter.$current.withValue(counter) {
                try await database.read { connection in
                    try connection.rows("SELECT name FROM people WHERE id IN \(list: Array(1...100))") { try $0.decode("name", as: String.self) }
                }
            }
            #expect(names.count == 100)
            #expect(counter.value == 1)
        }
    }
}
