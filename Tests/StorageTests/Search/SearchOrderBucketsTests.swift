import Foundation
import Storage
import Testing

/// Order buckets in the search index (``SearchOrderBuckets``): a page read bucket by bucket is
/// the page `LIKE` and `ORDER BY` give, whatever the direction, the cursor, and where the
/// buckets begin and end, on both backends (SQLite keeps the buckets in its FTS5 table).
@Suite struct SearchOrderBucketsTests {
    private static let index = SearchIndex(
        name: "people_search", table: "people", key: "id", columns: ["name"], keyIsRowID: true,
        counts: SearchCounts(scope: ["org"], counted: "deleted_at IS NULL", orderBuckets: SearchOrderBuckets(column: "name")))

    private static func migrations(collation: String) -> ModuleMigrations {
        let table = MigrationStep.dialects(
            sqlite: "CREATE TABLE people (id INTEGER PRIMARY KEY, org TEXT NOT NULL, name TEXT NOT NULL, deleted_at TEXT); CREATE INDEX people_org_name ON people (org, name, id)",
            postgres: collation == "default"
                ? "CREATE TABLE people (id BIGINT PRIMARY KEY, org TEXT NOT NULL, name TEXT NOT NULL, deleted_at TEXT); CREATE INDEX people_org_name ON people (org, name, id)"
                : "CREATE TABLE people (id BIGINT PRIMARY KEY, org TEXT NOT NULL, name TEXT COLLATE \"und-x-icu\" NOT NULL, deleted_at TEXT); CREATE INDEX people_org_name ON people (org, name, id)")
        return ModuleMigrations(module: "people", migrations: [
            Migration(1, "create people", table),
            Migration(2, "search people", .createSearchIndex(index)),
            Migration(3, "count people", .createSearchCounts(index)),
            Migration(4, "bucket people", .createSearchOrderBuckets(index)),
        ])
    }

    private static let organizations = ["o1", "o2"]

    /// First words whose two-letter buckets sit next to each other, share a first letter, are
    /// shorter than a bucket ("A"), start with several bytes ("Élodie", "Ωmega", "😀"), sit at
    /// the surrogates' edge (U+D7FF, U+E000) or hold the last code point, so that pages cross
    /// bucket boundaries of every kind.
    private static let firstWords = [
        "A", "Ab", "Abel", "Ada", "Adán", "Agustín", "Ana", "Anabel", "B", "Beatriz", "Bernardo", "Élodie", "Émile",
        "Ñandú", "Ωmega", "😀smile", "\u{D7FF}kana", "\u{E000}private", "z\u{10FFFF}end", "zz", "zanahoria",
    ]
    private static let lastWords = ["Gómez", "Núñez", "Pérez", "García", "Berenguer", "Anaya", "Ríos", "Ñuño", "Lopez"]

    private static func rows(_ ids: ClosedRange<Int>, seed: UInt64) -> [[SQLValue]] {
        var random = SeededRandom(seed: seed)
        return ids.map { id in
            let first = firstWords[random.below(firstWords.count)]
            let name = random.below(8) == 0 ? first : first + " " + lastWords[random.below(lastWords.count)]
            let deleted: SQLValue = random.below(9) == 0 ? .text("2026-12-01") : .null
            return [.integer(Int64(id)), .text(organizations[random.below(organizations.count)]), .text(name), deleted]
        }
    }

    /// Fragments from most rows to none, some matching only a few buckets (sparse, so that a
    /// page needs more buckets than the plan reads one by one), with accents and capitals.
    private static let fragments = ["", "ez", "gomez", "NÚÑ", "ber", "ana", "ríos", "smile", "kana", "priv", "end", "zzz", "élo", "ñuño"]

    private struct Walk {
        var ids: [SQLValue] = []
        var totals: Set<Int> = []
        var plans: Set<SearchPlan> = []
    }

    private static func walk(_ query: SearchQuery, on connection: any SQLConnection) throws -> Walk {
        var query = query
        var walk = Walk()
        for _ in 0..<200 {
            let page = try connection.search(index, query)
            walk.ids += page.rows.map { $0["id"] ?? .null }
            walk.totals.insert(page.total)
            walk.plans.insert(page.plan)
            guard let next = page.next else { break }
            query.after = next
        }
        return walk
    }

    /// Every fragment, in every organization, both directions, pages of 2 and 7, each plan
    /// forced: the keys and the total against `LIKE` with `ORDER BY`.
    private static func verify(_ database: any SQLDatabase, bucketsExpected: Bool) async throws {
        let postgres = database.dialect == .postgres
        try await database.read { connection in
            var checked = 0
            for organization in organizations {
                for text in fragments {
                    for descending in [false, true] {
                        let direction: SQL = descending ? " DESC" : ""
                        let expected = try connection.rows("""
                            SELECT id FROM people WHERE org = \(organization) AND deleted_at IS NULL AND \(connection.searchCondition(index, matching: text))
                            ORDER BY name\(direction), id\(direction)
                            """) { $0.values[0] }
                        for limit in [2, 7] {
                            // (walk threshold, bucket threshold): the walk, every match, by bucket, the default.
                            for (walkFrom, bucketFrom) in [(0, nil), (Int.max, Int.max), (Int.max, 0), (nil, nil)] as [(Int?, Int?)] {
                                let query = SearchQuery(
                                    text: text, columns: ["id", "name"], countScope: [.text(organization)],
                                    order: SearchOrder(["name"], descending: descending), limit: limit,
                                    orderFirstThreshold: walkFrom, bucketThreshold: bucketFrom)
                                let label = "\"\(text)\" in \(organization), \(descending ? "descending" : "ascending"), limit \(limit), thresholds \(String(describing: walkFrom))/\(String(describing: bucketFrom))"
                                let walk = try walk(query, on: connection)
                                #expect(walk.ids == expected, "\(label)")
                                #expect(walk.totals == [expected.count], "\(label)")
                                checked += 1
                                // PostgreSQL plans when its total comes from the counts (3–5 characters),
                                // SQLite whenever the FTS5 index answers (3 characters or more).
                                let length = TextFolding.fold(text).unicodeScalars.count
                                let planned = postgres ? (3...5).contains(length) : length >= 3
                                guard planned, !expected.isEmpty, walkFrom == Int.max else { continue }
                                if bucketFrom == 0 {
                                    #expect(walk.plans == (bucketsExpected ? [.matchesByBucket] : [.matchesFirst]), "\(label)")
                                } else {
                                    #expect(walk.plans == [.matchesFirst], "\(label)")
                                }
                            }
                        }
                    }
                }
            }
            #expect(checked == organizations.count * fragments.count * 2 * 2 * 4)
        }
    }

    @Test(arguments: Backend.all)
    func bucketedPagesEqualLikeWithOrderBy(backend: Backend) async throws {
        try await backend.withDatabase { database in
            try await Migrator([Self.migrations(collation: "default")]).migrate(database)
            try await database.write { connection in
                try connection.insert(into: "people", columns: ["id", "org", "name", "deleted_at"], rows: Self.rows(1...400, seed: 17))
            }
            if backend == .postgres {
                let columns = try await database.read { connection in
                    try connection.scalar("SELECT indnatts FROM pg_index WHERE indexrelid = to_regclass('people_search')", as: Int.self)
                }
                #expect(columns == 2, "the trigram index holds the bucket")
                let options = try await database.read { connection in
                    try connection.scalar("SELECT array_to_string(reloptions, ',') FROM pg_class WHERE oid = to_regclass('people_search')", as: String.self)
                }
                #expect(options == "gin_pending_list_limit=256")
            } else {
                let columns = try await database.read { connection in
                    try connection.scalar("SELECT group_concat(name, ',') FROM pragma_table_info('people_search')", as: String.self)
                }
                #expect(columns == "body,bucket", "the FTS5 table holds the bucket")
            }
            try await Self.verify(database, bucketsExpected: true)
            // Writes after the buckets were made: one-row inserts, renames across buckets, deletes.
            try await database.write { connection in
                for row in Self.rows(401...420, seed: 23) {
                    try connection.insert(into: "people", columns: ["id", "org", "name", "deleted_at"], rows: [row])
                }
                try connection.execute("UPDATE people SET name = \("Zoë Gómez") WHERE id % 17 = 0")
                try connection.execute("DELETE FROM people WHERE id % 13 = 0")
            }
            try await Self.verify(database, bucketsExpected: true)
        }
    }

    /// A column in a linguistic collation sorts "Élodie" among the E's, so buckets would not
    /// follow the order: the migration keeps the plain trigram index and no search buckets.
    @Test func linguisticCollationKeepsThePlainIndex() async throws {
        guard Backend.all.contains(.postgres) else { return }
        try await Backend.postgres.withDatabase { database in
            try await Migrator([Self.migrations(collation: "und-x-icu")]).migrate(database)
            try await database.write { connection in
                try connection.insert(into: "people", columns: ["id", "org", "name", "deleted_at"], rows: Self.rows(1...300, seed: 29))
            }
            let columns = try await database.read { connection in
                try connection.scalar("SELECT indnatts FROM pg_index WHERE indexrelid = to_regclass('people_search')", as: Int.self)
            }
            #expect(columns == 1)
            try await Self.verify(database, bucketsExpected: false)
        }
    }

    @Test func successorFollowsEveryTextOfTheBucket() {
        #expect(SearchOrderBuckets.successor(of: "Ad") == "Ae")
        #expect(SearchOrderBuckets.successor(of: "É") == "Ê")
        #expect(SearchOrderBuckets.successor(of: "a\u{D7FF}") == "a\u{E000}")
        #expect(SearchOrderBuckets.successor(of: "z\u{10FFFF}") == "{")
        #expect(SearchOrderBuckets.successor(of: "\u{10FFFF}\u{10FFFF}") == nil)
        #expect(SearchOrderBuckets.successor(of: "") == nil)
    }

    @Test(arguments: Backend.all)
    func bucketsNeedTheirDeclaration(backend: Backend) async throws {
        let plain = SearchIndex(name: "plain_search", table: "people", key: "id", columns: ["name"], counts: SearchCounts())
        let error = try await backend.withDatabase { database in
            await #expect(throws: StorageError.self) {
                try await database.write { connection in try MigrationStep.createSearchOrderBuckets(plain).apply(on: connection) }
            }
        }
        #expect(error?.code == .configuration)
    }
}
