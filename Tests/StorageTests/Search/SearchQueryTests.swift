import Storage
import Testing

/// `SQLConnection.search`: the total and the pages of a search agree with a `LIKE` oracle over a
/// folded copy of the text, on every backend, through either SQLite plan, page after page.
@Suite struct SearchQueryTests {
    /// A table keyed by its rowid (the fast shape) and one keyed by text (the `_docs` shape).
    enum Shape: String, CaseIterable, CustomTestStringConvertible {
        case rowIDKey, textKey
        var testDescription: String { rawValue }
    }

    private static let rowIDIndex = SearchIndex(name: "people_search", table: "people", key: "id", columns: ["name", "email"], keyIsRowID: true)
    private static let textIndex = SearchIndex(name: "people_search", table: "people", key: "id", columns: ["name", "email"])

    private static let syllables = ["ba", "Ré", "ñu", "GÓ", "lo", "me", "za", "Ün", "ça", "ma", "ri", "ÁN", "to", "el", "es"]

    /// A name of 2–4 syllables for each id, with `folded` the way the oracle reads it (the
    /// indexed columns joined by a newline, folded by `TextFolding`).
    private static func rows(count: Int, seed: UInt64) -> [(id: Int, name: String, email: String?, group: Int)] {
        var random = SeededRandom(seed: seed)
        return (1...count).map { id in
            let name = (0..<(2 + random.below(3))).map { _ in syllables[random.below(syllables.count)] }.joined()
                + " " + syllables[random.below(syllables.count)] + syllables[random.below(syllables.count)]
            let email = random.below(5) == 0 ? nil : TextFolding.fold(name).filter { $0.isLetter } + "\(id)@mail.test"
            return (id, name, email, random.below(3))
        }
    }

    private static func seeded(_ database: any SQLDatabase, shape: Shape, count: Int = 400) async throws -> SearchIndex {
        let index = shape == .rowIDKey ? rowIDIndex : textIndex
        try await database.write { connection in
            switch (shape, connection.dialect) {
            case (.rowIDKey, .sqlite):
                try connection.executeScript("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT, grp INTEGER NOT NULL, folded TEXT NOT NULL)")
            case (.rowIDKey, .postgres):
                try connection.executeScript("CREATE TABLE people (id BIGINT PRIMARY KEY, name TEXT NOT NULL, email TEXT, grp INTEGER NOT NULL, folded TEXT NOT NULL)")
            case (.textKey, _):
                try connection.executeScript("CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT, grp INTEGER NOT NULL, folded TEXT NOT NULL)")
            }
            try connection.executeScript("CREATE INDEX people_name ON people (name, id); CREATE INDEX people_group_name ON people (grp, name, id)")
            try MigrationStep.createSearchIndex(index).apply(on: connection)
            for row in rows(count: count, seed: 7) {
                let folded = TextFolding.fold(row.name + "\n" + (row.email ?? ""))
                if shape == .rowIDKey {
                    try connection.execute("INSERT INTO people (id, name, email, grp, folded) VALUES (\(row.id), \(row.name), \(row.email), \(row.group), \(folded))")
                } else {
                    try connection.execute("INSERT INTO people (id, name, email, grp, folded) VALUES (\("p\(row.id)"), \(row.name), \(row.email), \(row.group), \(folded))")
                }
            }
        }
        return index
    }

    /// The oracle: every matching key in order, by `LIKE` over the folded copy.
    private static func oracle(_ text: String, filtered: Bool, descending: Bool, in connection: any SQLConnection) throws -> [SQLValue] {
        var pattern = "%"
        for character in TextFolding.fold(text) {
            if "%_\\".contains(character) { pattern.append("\\") }
            pattern.append(character)
        }
        pattern += "%"
        let filter: SQL = filtered ? "AND grp <> \(1)" : ""
        let sql: SQL = descending
            ? #"SELECT id FROM people WHERE folded LIKE \#(pattern) ESCAPE '\' \#(filter) ORDER BY name DESC, id DESC"#
            : #"SELECT id FROM people WHERE folded LIKE \#(pattern) ESCAPE '\' \#(filter) ORDER BY name, id"#
        return try connection.rows(sql) { $0.values[0] }
    }

    /// What following every cursor of a search gave.
    private struct Pages {
        var keys: [SQLValue] = []
        var totals: Set<Int> = []
        var plans: Set<SearchPlan> = []
        var count = 0
        /// Pages that were not full although another followed, or that were too long.
        var badSizes = 0
    }

    /// Every page of a search, following the cursors. (Expectations are checked by the caller,
    /// outside the database's closure, which runs off the test's task.)
    private static func allPages(_ query: SearchQuery, index: SearchIndex, in connection: any SQLConnection) throws -> Pages {
        var query = query
        var pages = Pages()
        while pages.count <= 500 {
            let page = try connection.search(index, query)
            pages.count += 1
            pages.keys += page.rows.map { $0["id"] ?? .null }
            pages.totals.insert(page.total)
            pages.plans.insert(page.plan)
            if page.rows.count > query.limit || (page.next != nil && page.rows.count != query.limit) { pages.badSizes += 1 }
            guard let next = page.next else { break }
            query.after = next
        }
        return pages
    }

    /// Fragments cut from the data, of 1 to 5 characters, some in capitals or accented, plus text
    /// found nowhere and text with LIKE's wildcards.
    private static func fragments(seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        let names = rows(count: 400, seed: 7).map(\.name)
        var fragments = (0..<14).map { index -> String in
            let name = names[random.below(names.count)]
            let piece = String(name.dropFirst(random.below(max(name.count - 2, 1))).prefix(1 + index % 5))
            return index % 3 == 0 ? piece.uppercased() : piece
        }
        fragments += ["ñuré", "GOMA", "zzzz", "a%b", "", "@mail"]
        return fragments
    }

    @Test(arguments: Backend.all, [Shape.rowIDKey, .textKey])
    func agreesWithLikeThroughEveryPlanAndPage(backend: Backend, shape: Shape) async throws {
        try await backend.withDatabase { database in
            let index = try await Self.seeded(database, shape: shape)
            let runs = try await database.read { connection in
                var runs: [(label: String, text: String, threshold: Int, expected: [SQLValue], found: Pages, dialect: SQLDialect)] = []
                for text in Self.fragments(seed: 11) {
                    for (filtered, descending) in [(false, false), (true, false), (false, true)] {
                        let expected = try Self.oracle(text, filtered: filtered, descending: descending, in: connection)
                        for threshold in [0, Int.max] {
                            let query = SearchQuery(text: text, columns: ["id", "name"], filter: filtered ? "grp <> \(1)" : nil,
                                                    order: SearchOrder(["name"], descending: descending), limit: 7, orderFirstThreshold: threshold)
                            let label = "\"\(text)\" filtered \(filtered) descending \(descending) threshold \(threshold)"
                            runs.append((label, text, threshold, expected, try Self.allPages(query, index: index, in: connection), connection.dialect))
                        }
                    }
                }
                return runs
            }
            #expect(runs.count == Self.fragments(seed: 11).count * 6)
            for run in runs {
                #expect(run.found.keys == run.expected, "\(run.label)")
                #expect(run.found.totals == [run.expected.count], "\(run.label)")
                #expect(run.found.count == max(1, (run.expected.count + 6) / 7), "\(run.label)")
                #expect(run.found.badSizes == 0, "\(run.label)")
                if run.dialect == .postgres {
                    #expect(run.found.plans == [.serverPlanned])
                } else if run.expected.isEmpty {
                    continue
                } else if TextFolding.fold(run.text).unicodeScalars.count < 3 || run.threshold == 0 {
                    #expect(run.found.plans == [.orderFirst], "\(run.label)")
                } else {
                    #expect(run.found.plans == [.matchesFirst], "\(run.label)")
                }
            }
        }
    }

    @Test(arguments: Backend.all)
    func continuesAfterTheCursorWhenRowsChangeBetweenPages(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let index = try await Self.seeded(database, shape: .rowIDKey, count: 60)
            let query = SearchQuery(text: "a", columns: ["id", "name"], order: SearchOrder(["name"]), limit: 5)
            let first = try await database.read { connection in try connection.search(index, query) }
            let next = try #require(first.next)
            let firstKeys = first.rows.map { $0["id"] }
            try await database.write { connection in
                try connection.execute("DELETE FROM people WHERE id = \(try first.rows[0].decode("id", as: Int.self))")
                try connection.execute("INSERT INTO people (id, name, email, grp, folded) VALUES (\(1000), \("Aaaa Zzzz"), \(nil as String?), \(0), \("aaaa zzzz"))")
            }
            var continued = query
            continued.after = next
            let later = continued
            let second = try await database.read { connection in try connection.search(index, later) }
            #expect(second.rows.allSatisfy { !firstKeys.contains($0["id"]) })
            let expected = try await database.read { connection in
                try Self.oracle("a", filtered: false, descending: false, in: connection)
            }
            #expect(second.total == expected.count)
            let lastName = try first.rows[4].decode("name", as: String.self)
            #expect(try second.rows.allSatisfy { try $0.decode("name", as: String.self) >= lastName })
        }
    }

    @Test(arguments: Backend.all)
    func carriesTheAskedColumnsAndTheCursorColumns(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let index = try await Self.seeded(database, shape: .rowIDKey, count: 30)
            let page = try await database.read { connection in
                try connection.search(index, SearchQuery(text: "", columns: ["email"], order: SearchOrder(["name"]), limit: 3))
            }
            #expect(page.rows.first?.columns == ["email", "name", "id"])
            #expect(page.total == 30)
            let last = try #require(page.rows.last)
            #expect(page.next == SearchCursor(values: [last["name"] ?? .null, last["id"] ?? .null]))
        }
    }

    @Test(arguments: Backend.all)
    func refusesAQueryThatCannotRun(backend: Backend) async throws {
        try await backend.withDatabase { database in
            let index = try await Self.seeded(database, shape: .rowIDKey, count: 5)
            for query in [
                SearchQuery(text: "ba", columns: ["id"], order: SearchOrder(["name"]), limit: 0),
                SearchQuery(text: "ba", columns: ["id"], order: SearchOrder(["name"]), limit: 5, after: SearchCursor(values: [.integer(3)])),
            ] {
                let error = await #expect(throws: StorageError.self) {
                    try await database.read { connection in try connection.search(index, query) }
                }
                #expect(error?.code == .invalidArgument)
            }
        }
    }

    @Test func choosesThePlanFromTheCountOfMatches() async throws {
        try await Backend.sqliteMemory.withDatabase { database in
            let index = try await Self.seeded(database, shape: .rowIDKey)
            let counts = try await database.read { connection in
                var counts: [(text: String, count: Int)] = []
                for syllable in Self.syllables {
                    for other in Self.syllables {
                        let text = String((syllable + other).prefix(3))
                        counts.append((text, try Self.oracle(text, filtered: false, descending: false, in: connection).count))
                    }
                }
                return counts
            }
            let rare = try #require(counts.filter { $0.count > 0 }.min { $0.count < $1.count })
            let common = try #require(counts.max { $0.count < $1.count })
            try #require(rare.count < 20 && common.count > 40)
            func plan(_ text: String, threshold: Int?) async throws -> SearchPlan {
                try await database.read { connection in
                    try connection.search(index, SearchQuery(text: text, columns: ["id"], order: SearchOrder(["name"]), limit: 5, orderFirstThreshold: threshold)).plan
                }
            }
            #expect(try await plan(common.text, threshold: 20) == .orderFirst)
            #expect(try await plan(rare.text, threshold: 20) == .matchesFirst)
            #expect(try await plan(rare.text, threshold: rare.count) == .orderFirst)
            #expect(try await plan(rare.text, threshold: rare.count + 1) == .matchesFirst)
            // By default the threshold follows the table's size: √(6 × 400 × b ÷ a).
            let threshold = SearchIndex.orderFirstThreshold(limit: 5, tableRows: 400)
            #expect(try await plan(rare.text, threshold: nil) == (rare.count >= threshold ? .orderFirst : .matchesFirst))
            #expect(try await plan(common.text, threshold: nil) == (common.count >= threshold ? .orderFirst : .matchesFirst))
        }
    }
}
