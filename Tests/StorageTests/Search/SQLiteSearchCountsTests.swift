import Storage
import Testing

/// What SQLite's maintained counts add to ``SearchCountsTests``: the pieces' JSON as SQLite reads
/// it, a search's total read from the counts, the step for databases whose counts step did
/// nothing on SQLite, and the other steps leaving or removing the counts as they should.
@Suite struct SQLiteSearchCountsTests {
    private static let index = SearchCountsTests.index
    private static let table = SearchCountsTests.table

    private static let sqlite = Backend.allCases.filter { $0 != .postgres }

    private static func insert(_ rows: [(Int, String, String, String?)], on connection: any SQLConnection) throws {
        try connection.insert(into: "folks", columns: ["id", "org", "name", "email"], rows: rows.map { row in
            [.integer(Int64(row.0)), .text(row.1), .text(row.2), row.3.map(SQLValue.text) ?? .null]
        })
    }

    private static let people: [(Int, String, String, String?)] = [
        (1, "o1", "Gómez Núñez", "gomez@mäil.test"), (2, "o1", "GOMEZ", nil), (3, "o2", "Ana \"Q\" Gómez", "a\\b@x.y"),
        (4, "o1", "Tab\there", "t@x.y"), (5, "o2", "Zoë", nil), (6, "o1", "Ñuño Pérez", "nuno@x.y"),
    ]

    @Test func piecesAreDistinctWithoutNewlinesAndTheEmptyPieceFirst() {
        #expect(SearchPieces.pieces(of: "") == [""])
        #expect(SearchPieces.pieces(of: "ab") == [""])
        #expect(SearchPieces.pieces(of: "aaaa") == ["", "aaa", "aaaa"])
        #expect(SearchPieces.pieces(of: "abcd\nxyz") == ["", "abc", "abcd", "bcd", "xyz"])
        #expect(SearchPieces.pieces(of: "góme") == ["", "góm", "góme", "óme"])
        for text in ["gómez núñez\nana@x.y", "aaaaaaa", "a\nb\nc", "ñuño pérez \"q\" \\ \t zoë 😀 end"] {
            #expect(Set(SearchPieces.pieces(of: text)) == PieceRecount.pieces(of: text), "\(text)")
            #expect(SearchPieces.pieces(of: text).count == PieceRecount.pieces(of: text).count, "each piece once: \(text)")
        }
    }

    /// `json_each(clientela_pieces(…))` gives back exactly the pieces, quotes, backslashes,
    /// control characters and every script included.
    @Test(arguments: sqlite)
    func sqliteReadsThePiecesJSON(backend: Backend) async throws {
        try await backend.withDatabase { database in
            for text in ["", "ab", "say \"hi\" \\ now", "tab\there\u{1}\u{1F}x", "gómez\nñuño", "zoë 😀 ωmega"] {
                let read = try await database.read { connection in
                    try connection.rows("SELECT value FROM json_each(clientela_pieces(\(text))) ORDER BY key") { try $0.decode("value", as: String.self) }
                }
                #expect(read == SearchPieces.pieces(of: text), "\(text)")
            }
            let null = try await database.read { connection in try connection.scalar("SELECT clientela_pieces(NULL)", as: String.self) }
            #expect(null == "[\"\"]")
            // A blob that is no UTF-8, passed as text: "a" then 30 continuation bytes make one
            // "scalar" longer than a piece can be, then "bcde": windows (a…bc, bcd, cde, a…bcd,
            // bcde, a…bcde) and the empty piece, each listed once.
            let odd = try await database.read { connection in
                try connection.scalar("SELECT json_array_length(clientela_pieces(CAST(x'6180808080808080808080808080808080808080808080808080808080808062636465' AS TEXT)))", as: Int.self)
            }
            #expect(odd == 7)
        }
    }

    /// The total of a counted search is the stored count: a count changed by hand inside a
    /// transaction changes the total (and the plan follows it), and rolls back with it.
    @Test(arguments: Backend.all)
    func aCountedSearchReadsItsTotalFromTheCounts(backend: Backend) async throws {
        struct Undo: Error {}
        try await backend.withDatabase { database in
            try await Migrator([ModuleMigrations(module: "folks", migrations: [
                Migration(1, "create folks", Self.table), Migration(2, "search folks", .createSearchIndex(Self.index)),
                Migration(3, "count folks", .createSearchCounts(Self.index)),
            ])]).migrate(database)
            try await database.write { connection in try Self.insert(Self.people, on: connection) }
            let query = SearchQuery(text: "GÓMEZ", columns: ["id"], countScope: [.text("o1")], order: SearchOrder(["name"]), limit: 10)
            let like = try await database.read { connection in
                try connection.scalar("""
                    SELECT count(*) FROM folks WHERE org = \("o1") AND deleted_at IS NULL AND \(connection.searchCondition(Self.index, matching: "gómez"))
                    """, as: Int.self)
            }
            let honest = try await database.read { connection in try connection.search(Self.index, query) }
            #expect(honest.total == 2 && like == 2)
            #expect(honest.plan == .matchesFirst, "two matches in five rows: fetch them")
            await #expect(throws: Undo.self) {
                try await database.write { connection in
                    if connection.dialect == .postgres {
                        try connection.execute("INSERT INTO folks_search_piece_deltas (org, piece, n) VALUES (\("o1"), \("gomez"), 1000000)")
                    } else {
                        #expect(try connection.execute("UPDATE folks_search_pieces SET n = n + 1000000 WHERE org = \("o1") AND piece = \("gomez")") == 1)
                    }
                    let tampered = try connection.search(Self.index, query)
                    #expect(tampered.total == 1_000_002)
                    #expect(tampered.plan == .orderFirst, "a million matches in five rows: walk")
                    #expect(tampered.rows.count == 2)
                    throw Undo()
                }
            }
            #expect(try await database.read { connection in try connection.search(Self.index, query) }.total == 2)
        }
    }

    /// A database whose counts step ran when it did nothing on SQLite (simulated: its counts
    /// dropped right after), written to since: the new step makes exact counts, a second run
    /// of it (a fresh database that has them already) leaves them as they are, and PostgreSQL
    /// is not touched.
    @Test(arguments: Backend.all)
    func theSQLiteStepGivesCountsToADatabaseThatHadNone(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let old = ModuleMigrations(module: "folks", migrations: [
                Migration(1, "create folks", Self.table), Migration(2, "search folks", .createSearchIndex(Self.index)),
                Migration(3, "count folks", .createSearchCounts(Self.index)),
            ])
            try await Migrator([old]).migrate(database)
            if backend != .postgres {
                try await database.write { connection in
                    try connection.executeScript("""
                        DROP TRIGGER folks_search_count_insert; DROP TRIGGER folks_search_count_update; DROP TRIGGER folks_search_count_delete;
                        DROP TABLE folks_search_pieces;
                        """)
                }
            }
            try await database.write { connection in
                try Self.insert(Self.people, on: connection)
                try connection.execute("UPDATE folks SET deleted_at = \("2026-12-01") WHERE id = 6")
            }
            let new = ModuleMigrations(module: "folks", migrations: old.migrations + [
                Migration(4, "count folks on SQLite", .createSQLiteSearchCounts(Self.index)),
                Migration(5, "count folks on SQLite, again", .createSQLiteSearchCounts(Self.index)),
            ])
            try await Migrator([new]).migrate(database)
            if backend != .postgres { try await SearchCountsTests.expectExactPieces(database, "after the new step") }
            try await database.write { connection in
                try connection.execute("UPDATE folks SET deleted_at = NULL, name = \("Ñuño Gómez") WHERE id = 6")
                try connection.execute("DELETE FROM folks WHERE id = 2")
            }
            if backend != .postgres { try await SearchCountsTests.expectExactPieces(database, "after later writes") }
            try await SearchCountsTests.verify(database, "after the SQLite step", fragments: ["gómez", "ÑUÑ", "", "zoë", "\"q\""])
        }
    }

    /// `.dropSearchIndex` takes the counts along (writes to the table go on without them), and
    /// `.createSearchOrderBuckets`, which rebuilds the FTS5 table, leaves them counting.
    @Test(arguments: sqlite)
    func theOtherStepsKeepOrDropTheCounts(backend: Backend) async throws {
        let bucketed = SearchIndex(
            name: "folks_search", table: "folks", key: "id", columns: ["name", "email"], keyIsRowID: true,
            counts: SearchCounts(scope: ["org"], counted: "deleted_at IS NULL", orderBuckets: SearchOrderBuckets(column: "name")))
        try await backend.withDatabase { database in
            try await database.write { connection in
                try Self.table.apply(on: connection)
                try MigrationStep.createSearchIndex(bucketed).apply(on: connection)
                try MigrationStep.createSearchCounts(bucketed).apply(on: connection)
                try Self.insert(Array(Self.people.prefix(3)), on: connection)
                try MigrationStep.createSearchOrderBuckets(bucketed).apply(on: connection)
                try Self.insert(Array(Self.people.dropFirst(3)), on: connection)
            }
            try await SearchCountsTests.expectExactPieces(database, "after the buckets")
            let objects = try await database.read { connection in
                try connection.rows("SELECT name FROM sqlite_master WHERE name LIKE 'folks_search_p%' OR name LIKE 'folks_search_count_%' ORDER BY name") {
                    try $0.decode("name", as: String.self)
                }
            }
            #expect(objects == ["folks_search_count_delete", "folks_search_count_insert", "folks_search_count_update", "folks_search_pieces", "folks_search_pieces_zero"])
            try await database.write { connection in try MigrationStep.dropSearchIndex(bucketed).apply(on: connection) }
            let left = try await database.read { connection in
                try connection.scalar("SELECT count(*) FROM sqlite_master WHERE name LIKE 'folks_search%'", as: Int.self)
            }
            #expect(left == 0)
            try await database.write { connection in
                try Self.insert([(7, "o1", "Later", nil)], on: connection)
                try connection.execute("UPDATE folks SET name = \("Renamed") WHERE id = 1")
                try connection.execute("DELETE FROM folks WHERE id = 2")
            }
        }
    }

    /// A table with no scope and a counted condition on one column: the counts are exact, and
    /// `DROP COLUMN` of a column the counts do not read still works (a trigger that named every
    /// column, as the counted condition's row could, would refuse it).
    @Test(arguments: sqlite)
    func countsNameOnlyTheColumnsTheyRead(backend: Backend) async throws {
        let whole = SearchIndex(name: "notes_search", table: "notes", key: "id", columns: ["body"], keyIsRowID: true, counts: SearchCounts(counted: "hidden = 0"))
        try await backend.withDatabase { database in
            try await database.write { connection in
                try connection.executeScript("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, hidden INTEGER NOT NULL DEFAULT 0, spare TEXT)")
                try connection.insert(into: "notes", columns: ["id", "body", "hidden"], rows: [
                    [.integer(1), .text("Hello wörld"), .integer(0)], [.integer(2), .null, .integer(0)], [.integer(3), .text("hidden world"), .integer(1)],
                ])
                try MigrationStep.createSearchIndex(whole).apply(on: connection)
                try MigrationStep.createSearchCounts(whole).apply(on: connection)
                try connection.insert(into: "notes", columns: ["id", "body"], rows: [[.integer(4), .text("World peace")]])
                try connection.execute("UPDATE notes SET body = \("hello again") WHERE id = 1")
                try connection.execute("UPDATE notes SET hidden = 1 - hidden WHERE id IN (3, 4)")
                try connection.executeScript("ALTER TABLE notes DROP COLUMN spare")
            }
            let (stored, recounted) = try await database.read { connection in
                try PieceRecount.compare(connection, table: "notes_search_pieces", scope: nil, counted: "SELECT coalesce(body, '') AS text FROM notes WHERE hidden = 0")
            }
            #expect(PieceRecount.differences(stored, recounted) == [])
            #expect(stored[PieceRecount.Key(scope: "", piece: "")] == 3)
        }
    }
}
