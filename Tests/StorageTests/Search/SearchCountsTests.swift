import Foundation
import Storage
import Testing

/// A search index's maintained counts (``SearchCounts``): a search whose rows are one count scope
/// gets the same total and pages as counting the matches with `LIKE` would, after every kind of
/// write, on every backend; on SQLite the pieces table itself equals a recount from the rows
/// after each write (see also ``SQLiteSearchCountsTests``).
@Suite struct SearchCountsTests {
    static let index = SearchIndex(
        name: "folks_search", table: "folks", key: "id", columns: ["name", "email"], keyIsRowID: true,
        counts: SearchCounts(scope: ["org"], counted: "deleted_at IS NULL"))

    static let table = MigrationStep.dialects(
        sqlite: "CREATE TABLE folks (id INTEGER PRIMARY KEY, org TEXT NOT NULL, name TEXT NOT NULL, email TEXT, deleted_at TEXT); CREATE INDEX folks_org_name ON folks (org, name, id)",
        postgres: "CREATE TABLE folks (id BIGINT PRIMARY KEY, org TEXT NOT NULL, name TEXT NOT NULL, email TEXT, deleted_at TEXT); CREATE INDEX folks_org_name ON folks (org, name, id)")

    private static let migrations = ModuleMigrations(module: "folks", migrations: [
        Migration(1, "create folks", table),
        Migration(2, "search folks", .createSearchIndex(index)),
        Migration(3, "count folks", .createSearchCounts(index)),
    ])

    private static let organizations = ["o1", "o2", "o3"]
    private static let syllables = ["ba", "Ré", "ñu", "GÓ", "lo", "me", "za", "Ün", "ça", "ma", "ri", "ÁN", "to", "el", "es", "mez"]

    /// Rows of names of 1 to 4 syllables (some shorter than a piece), a third without email.
    private static func rows(_ ids: ClosedRange<Int>, seed: UInt64) -> [[SQLValue]] {
        var random = SeededRandom(seed: seed)
        return ids.map { id in
            let name = (0..<(1 + random.below(4))).map { _ in syllables[random.below(syllables.count)] }.joined()
                + (random.below(3) == 0 ? "" : " " + syllables[random.below(syllables.count)] + syllables[random.below(syllables.count)])
            let email: SQLValue = random.below(3) == 0 ? .null : .text(TextFolding.fold(name).filter(\.isLetter) + "\(id % 7)@mäil.test")
            return [.integer(Int64(id)), .text(organizations[random.below(organizations.count)]), .text(name), email]
        }
    }

    private static func insert(_ rows: [[SQLValue]], on connection: any SQLConnection) throws {
        try connection.insert(into: "folks", columns: ["id", "org", "name", "email"], rows: rows)
    }

    /// Fragments of 0 to 6 characters: pieces (3–5) with and without accents and capitals, text
    /// shorter than a piece, longer text, text found nowhere and LIKE's wildcards.
    private static let fragments = ["", "gómez", "GOM", "ez", "é", "zzzz", "ñu", "NUÑ", "a%b", "@mai", "mäil", "ama", "x", "ba",
                                    "rema", "ANTO", "zame", "eltoes", "ça", "SAN", "mez"]

    /// One fragment searched in one scope, against the oracle.
    private struct Outcome: Sendable {
        let label: String
        let text: String
        let expected: [SQLValue]
        let found: [SQLValue]
        let totals: Set<Int>
        let plans: Set<SearchPlan>
        let countable: Bool
        let threshold: Int?
    }

    /// Every fragment in every scope, following every page, with the walk forced, the matches
    /// forced and the default plan: the keys and the total against `LIKE` counting (the index's
    /// own condition, which counts the matches on PostgreSQL).
    private static func outcomes(in database: any SQLDatabase, fragments: [String] = fragments) async throws -> [Outcome] {
        try await database.read { connection in
            var outcomes: [Outcome] = []
            for organization in organizations {
                for text in fragments {
                    let expected = try connection.rows("""
                        SELECT id FROM folks WHERE org = \(organization) AND deleted_at IS NULL AND \(connection.searchCondition(index, matching: text))
                        ORDER BY name, id
                        """) { $0.values[0] }
                    for threshold in [nil, 0, Int.max] {
                        var query = SearchQuery(text: text, columns: ["id", "name"], countScope: [.text(organization)], order: SearchOrder(["name"]),
                                                limit: 4, orderFirstThreshold: threshold)
                        var found: [SQLValue] = [], totals: Set<Int> = [], plans: Set<SearchPlan> = []
                        for _ in 0..<100 {
                            let page = try connection.search(index, query)
                            found += page.rows.map { $0["id"] ?? .null }
                            totals.insert(page.total)
                            plans.insert(page.plan)
                            guard let next = page.next else { break }
                            query.after = next
                        }
                        let length = TextFolding.fold(text).unicodeScalars.count
                        outcomes.append(Outcome(
                            label: "\"\(text)\" in \(organization), threshold \(threshold.map(String.init) ?? "default")", text: text, expected: expected,
                            found: found, totals: totals, plans: plans, countable: length == 0 || (3...5).contains(length), threshold: threshold))
                    }
                }
            }
            return outcomes
        }
    }

    /// Checks the outcomes: same keys and total as the oracle, and the plan of a total taken from
    /// the counts (the forced one, when forced); on SQLite, the pieces table against a recount.
    static func verify(_ database: any SQLDatabase, _ step: String, fragments: [String] = fragments) async throws {
        let outcomes = try await outcomes(in: database, fragments: fragments)
        let postgres = database.dialect == .postgres
        #expect(outcomes.count == organizations.count * fragments.count * 3)
        for outcome in outcomes {
            #expect(outcome.found == outcome.expected, "\(step): \(outcome.label)")
            #expect(outcome.totals == [outcome.expected.count], "\(step): \(outcome.label)")
            if !outcome.countable {
                if postgres { #expect(outcome.plans == [.serverPlanned], "\(step): \(outcome.label)") }
            } else if outcome.expected.isEmpty {
                #expect(outcome.plans == [.matchesFirst], "\(step): \(outcome.label)")
            } else if outcome.threshold == 0 {
                #expect(outcome.plans == [.orderFirst], "\(step): \(outcome.label)")
            } else if outcome.threshold == Int.max {
                #expect(outcome.plans == (TextFolding.fold(outcome.text).isEmpty ? [.orderFirst] : [.matchesFirst]), "\(step): \(outcome.label)")
            } else {
                #expect(!outcome.plans.contains(.serverPlanned), "\(step): \(outcome.label)")
            }
        }
        if !postgres { try await expectExactPieces(database, step) }
    }

    /// SQLite's pieces table against a recount of the live folks (``PieceRecount``).
    static func expectExactPieces(_ database: any SQLDatabase, _ step: String) async throws {
        let (stored, recounted) = try await database.read { connection in
            try PieceRecount.compare(connection, table: "folks_search_pieces", scope: "org", counted: """
                SELECT org AS scope, coalesce(name, '') || char(10) || coalesce(email, '') AS text FROM folks WHERE deleted_at IS NULL
                """)
        }
        #expect(!stored.isEmpty, "\(step)")
        #expect(PieceRecount.differences(stored, recounted) == [], "\(step): the pieces table against a recount")
    }

    /// The rows of the deltas table not folded yet (PostgreSQL).
    private static func pendingDeltas(_ database: any SQLDatabase) async throws -> Int {
        try await database.read { connection in try connection.scalar("SELECT count(*) FROM folks_search_piece_deltas", as: Int.self) ?? 0 }
    }

    private struct Refused: Error {}

    @Test(arguments: Backend.all)
    func totalsStayExactThroughEveryKindOfWrite(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Migrator([Self.migrations]).migrate(database)
            try await database.write { connection in try Self.insert(Self.rows(1...40, seed: 3), on: connection) }
            try await Self.verify(database, "multi-row insert")
            try await database.write { connection in
                for row in Self.rows(41...48, seed: 5) { try Self.insert([row], on: connection) }
            }
            try await Self.verify(database, "one-row inserts")
            // Statements of 100 rows or more write straight into the folded counts on PostgreSQL.
            try await database.write { connection in try Self.insert(Self.rows(400...560, seed: 37), on: connection) }
            try await Self.verify(database, "a bulk insert")
            try await database.write { connection in
                try connection.execute("UPDATE folks SET name = name || \(" Gómez") WHERE id >= 400 AND id % 2 = 0")
                try connection.execute("UPDATE folks SET org = \("o3") WHERE id >= 400 AND id % 3 = 1")
            }
            try await Self.verify(database, "bulk updates")
            try await database.write { connection in try connection.execute("DELETE FROM folks WHERE id >= 430") }
            try await Self.verify(database, "a bulk delete")
            try await database.write { connection in
                try connection.execute("UPDATE folks SET name = name || \(" Núñez") WHERE id % 5 = 0")
                try connection.execute("UPDATE folks SET email = NULL WHERE id % 11 = 0")
                try connection.execute("UPDATE folks SET email = \("gomez@example.com") WHERE id % 13 = 0")
            }
            try await Self.verify(database, "updates of the indexed columns")
            try await database.write { connection in try connection.execute("UPDATE folks SET org = \("o2") WHERE id % 7 = 0") }
            try await Self.verify(database, "update of the scope column")
            try await database.write { connection in try connection.execute("UPDATE folks SET deleted_at = \("2026-12-01") WHERE id % 3 = 0") }
            try await Self.verify(database, "soft deletion")
            try await database.write { connection in try connection.execute("UPDATE folks SET deleted_at = NULL WHERE id % 6 = 0") }
            try await Self.verify(database, "restore")
            if backend == .postgres {
                let before = try await Self.pendingDeltas(database)
                try await database.write { connection in try connection.execute("UPDATE folks SET deleted_at = deleted_at, name = name") }
                #expect(try await Self.pendingDeltas(database) == before, "an update that changes nothing counted writes no delta")
            } else {
                // `total_changes()` counts the rows written by triggers too; the FTS5 triggers
                // watch only the indexed columns, so the update's own rows are all there is.
                let (rows, changes) = try await database.write { connection in
                    let before = try connection.scalar("SELECT total_changes()", as: Int.self) ?? 0
                    let rows = try connection.execute("UPDATE folks SET deleted_at = deleted_at, org = org")
                    return (rows, (try connection.scalar("SELECT total_changes()", as: Int.self) ?? 0) - before)
                }
                #expect(rows > 0)
                #expect(changes == rows, "an update that changes nothing counted runs no count trigger")
            }
            try await database.write { connection in try connection.execute("DELETE FROM folks WHERE id % 4 = 0") }
            try await Self.verify(database, "deletes")
            await #expect(throws: Refused.self) {
                try await database.write { connection in
                    try Self.insert(Self.rows(100...120, seed: 9), on: connection)
                    try connection.execute("UPDATE folks SET name = \("Gómez") WHERE id < 30")
                    throw Refused()
                }
            }
            try await Self.verify(database, "a rolled back transaction")
            try await database.write { connection in
                try Self.insert(Self.rows(200...205, seed: 11), on: connection)
                _ = try? connection.transaction {
                    try Self.insert(Self.rows(206...230, seed: 13), on: connection)
                    try connection.execute("DELETE FROM folks WHERE id < 20")
                    throw Refused()
                }
                try Self.insert([[.integer(300), .text("o1"), .text("Gómez Ñuñoa"), .null]], on: connection)
                try connection.execute("DELETE FROM folks WHERE id = 300")
                try Self.insert([[.integer(301), .text("o3"), .text("Al"), .text("al@x.y")]], on: connection)
            }
            try await Self.verify(database, "a rolled back savepoint")
            let moved = try await database.write { connection in try connection.foldSearchCounts(Self.index) }
            if backend == .postgres {
                #expect((moved ?? 0) > 0)
                #expect(try await Self.pendingDeltas(database) == 0)
                let zeros = try await database.read { connection in
                    try connection.scalar("SELECT count(*) FROM folks_search_pieces WHERE n <= 0", as: Int.self)
                }
                #expect(zeros == 0)
            } else {
                #expect(moved == 0)
            }
            try await Self.verify(database, "after a fold")
            try await database.write { connection in
                try connection.execute("UPDATE folks SET name = \("Gó") WHERE id % 9 = 0")
                try connection.execute("DELETE FROM folks WHERE id % 10 = 1")
            }
            try await Self.verify(database, "writes after a fold")
        }
    }

    @Test(arguments: Backend.all)
    func aFilterBeyondTheScopeCountsTheMatches(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Migrator([Self.migrations]).migrate(database)
            try await database.write { connection in try Self.insert(Self.rows(1...60, seed: 17), on: connection) }
            let results = try await database.read { connection in
                try ["", "ma", "gómez", "rema", "ñu"].map { text in
                    let filter: SQL = "email IS NOT NULL"
                    let page = try connection.search(Self.index, SearchQuery(
                        text: text, columns: ["id"], filter: filter, countScope: [.text("o1")], order: SearchOrder(["name"]), limit: 3))
                    let expected = try connection.scalar("""
                        SELECT count(*) FROM folks WHERE org = \("o1") AND deleted_at IS NULL AND email IS NOT NULL AND \(connection.searchCondition(Self.index, matching: text))
                        """, as: Int.self)
                    return (text, page.total, expected, page.plan)
                }
            }
            for (text, total, expected, plan) in results {
                #expect(total == expected, "\"\(text)\"")
                if backend == .postgres { #expect(plan == .serverPlanned, "\"\(text)\"") }
            }
        }
    }

    @Test(arguments: Backend.all)
    func refusesACountScopeTheIndexCannotTake(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Migrator([Self.migrations]).migrate(database)
            let uncounted = SearchIndex(name: "folks_search", table: "folks", key: "id", columns: ["name", "email"], keyIsRowID: true)
            for (index, scope) in [(uncounted, [SQLValue.text("o1")]), (Self.index, []), (Self.index, [.text("o1"), .text("o2")])] {
                let error = await #expect(throws: StorageError.self) {
                    try await database.read { connection in
                        try connection.search(index, SearchQuery(text: "ba", columns: ["id"], countScope: scope, order: SearchOrder(["name"]), limit: 3))
                    }
                }
                #expect(error?.code == .invalidArgument)
            }
        }
    }

    /// An index over the whole table (no scope, every row counted), whose counts a later
    /// migration adds to a table that already has rows.
    @Test(arguments: Backend.all)
    func aLaterMigrationBackfillsTheCounts(backend: Backend) async throws {
        let whole = SearchIndex(name: "folks_search", table: "folks", key: "id", columns: ["name", "email"], keyIsRowID: true, counts: SearchCounts())
        try await backend.withDatabase { database in
            let before = ModuleMigrations(module: "folks", migrations: [
                Migration(1, "create folks", Self.table), Migration(2, "search folks", .createSearchIndex(whole)),
            ])
            try await Migrator([before]).migrate(database)
            try await database.write { connection in try Self.insert(Self.rows(1...80, seed: 23), on: connection) }
            let after = ModuleMigrations(module: "folks", migrations: before.migrations + [Migration(3, "count folks", .createSearchCounts(whole))])
            try await Migrator([after]).migrate(database)
            try await database.write { connection in try Self.insert(Self.rows(81...90, seed: 29), on: connection) }
            let results = try await database.read { connection in
                try Self.fragments.map { text in
                    let page = try connection.search(whole, SearchQuery(text: text, columns: ["id"], countScope: [], order: SearchOrder(["name"]), limit: 5))
                    let expected = try connection.scalar("SELECT count(*) FROM folks WHERE \(connection.searchCondition(whole, matching: text))", as: Int.self)
                    return (text, page.total, expected, page.plan)
                }
            }
            for (text, total, expected, plan) in results {
                #expect(total == expected, "\"\(text)\"")
                let length = TextFolding.fold(text).unicodeScalars.count
                if backend == .postgres, length == 0 || (3...5).contains(length) { #expect(plan != .serverPlanned, "\"\(text)\"") }
            }
            let pieces = try await database.read { connection in try connection.scalar("SELECT n FROM folks_search_pieces WHERE piece = ''", as: Int.self) }
            #expect(pieces == (backend == .postgres ? 80 : 90), "PostgreSQL's later rows are deltas not folded yet")
        }
    }

    /// Two transactions open at once, inserting rows with the same pieces, one of them folding
    /// (or, for the bulk one, writing into the folded counts) while the other writes: neither waits for the other (each waits for the other's insert
    /// before it commits, so a lock between them would hold both until the wait gives up), and
    /// the totals are right after both commit. PostgreSQL only: SQLite has one writer.
    @Test(arguments: Backend.all.filter { $0 == .postgres })
    func concurrentWritersDoNotWaitForEachOther(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Migrator([Self.migrations]).migrate(database)
            try await database.write { connection in try Self.insert(Self.rows(1...30, seed: 31), on: connection) }
            let meeting = Meeting()
            async let first: Bool = database.write { connection in
                try Self.insert((1000...1019).map { [.integer(Int64($0)), .text("o1"), .text("Gómez Martínez \($0)"), .null] }, on: connection)
                _ = try connection.foldSearchCounts(Self.index)
                return meeting.arrive(0)
            }
            async let second: Bool = database.write { connection in
                try Self.insert((2000...2149).map { [.integer(Int64($0)), .text("o1"), .text("Martínez Gómez \($0)"), .null] }, on: connection)
                _ = try connection.foldSearchCounts(Self.index)
                return meeting.arrive(1)
            }
            let (firstMet, secondMet) = try await (first, second)
            #expect(firstMet && secondMet, "both transactions were open with their rows written at once")
            try await Self.verify(database, "two concurrent writers", fragments: ["gómez", "MARTÍ", "inez", ""])
        }
    }
}

/// Two parties each wait, for a bounded time, until both have arrived.
private final class Meeting: @unchecked Sendable {
    private let condition = NSCondition()
    private var arrived: Set<Int> = []

    /// Marks `party` arrived and waits up to ten seconds for the other; whether both arrived.
    func arrive(_ party: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        arrived.insert(party)
        condition.broadcast()
        let deadline = Date().addingTimeInterval(10)
        while arrived.count < 2 {
            if !condition.wait(until: deadline) { return arrived.count == 2 }
        }
        return true
    }
}
