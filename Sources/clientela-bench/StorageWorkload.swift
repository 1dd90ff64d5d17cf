import Foundation
import Storage

/// The measurements of `clientela-bench storage` on one database (see ``StorageBenchmark``).
struct StorageWorkload {
    let database: any SQLDatabase
    let rows: Int

    static let search = SearchIndex(name: "bench_clients_search", table: "bench_clients", key: "id", columns: ["name"], keyIsRowID: true)

    private static let schema = MigrationStep.dialects(
        sqlite: """
            DROP TABLE IF EXISTS bench_clients;
            CREATE TABLE bench_clients (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, created_at TEXT NOT NULL);
            CREATE INDEX bench_clients_name ON bench_clients (name, id);
            """,
        postgres: """
            DROP TABLE IF EXISTS bench_clients;
            CREATE TABLE bench_clients (id BIGINT PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, created_at TEXT NOT NULL);
            CREATE INDEX bench_clients_name ON bench_clients (name, id);
            """
    )

    func run() async throws {
        try await database.write { connection in
            try MigrationStep.dropSearchIndex(Self.search).apply(on: connection)
            try Self.schema.apply(on: connection)
            try MigrationStep.createSearchIndex(Self.search).apply(on: connection)
        }
        try await load()
        try await pointLookup()
        try await pages()
        try await searches()
    }

    // MARK: Bulk insert

    private func load() async throws {
        let batch = 10_000
        var generator = ClientNameGenerator(seed: 2024)
        let created = Timestamp.format(Date(timeIntervalSince1970: 1_735_689_600))
        let clock = ContinuousClock()
        let start = clock.now
        var next = 1
        while next <= rows {
            let last = min(next + batch - 1, rows)
            let values: [[SQLValue]] = (next...last).map { id in
                let name = generator.name()
                let email = TextFolding.fold(name).split(separator: " ").prefix(2).joined(separator: ".") + "\(id)@example.com"
                return [.integer(Int64(id)), .text(name), .text(email), .text(created)]
            }
            try await database.write { connection in
                try connection.insert(into: "bench_clients", columns: ["id", "name", "email", "created_at"], rows: values)
            }
            next = last + 1
        }
        let elapsed = clock.now - start
        try await database.write { connection in try connection.execute("ANALYZE bench_clients") }
        report("bulk insert", "\(rows.formatted()) rows in \(format(elapsed)) = \(Int(Double(rows) * 1_000_000 / elapsed.microseconds).formatted()) rows/s",
               "(\(batch.formatted()) rows per transaction, 500 per statement, name and search indexes live)")
    }

    // MARK: Point lookup

    private func pointLookup() async throws {
        var generator = ClientNameGenerator(seed: 7)
        let ids = (0..<2_000).map { _ in Int(generator.next() % UInt64(rows)) + 1 }
        var index = 0
        let median = try await Timing.median(minimumRuns: ids.count, budget: .zero) {
            let id = ids[index % ids.count]
            index += 1
            guard try await database.read({ connection in try connection.scalar("SELECT name FROM bench_clients WHERE id = \(id)", as: String.self) }) != nil else {
                throw BenchmarkError("client \(id) is missing")
            }
        }
        report("point lookup", "median \(format(median))", "(\(ids.count.formatted()) lookups by primary key, each its own read)")
    }

    // MARK: Pages

    private func pages() async throws {
        let depth = rows * 9 / 10
        let first = try await Timing.median(minimumRuns: 200, budget: .zero) {
            let page = try await database.read { connection in
                try connection.rows("SELECT id, name, email FROM bench_clients ORDER BY name, id LIMIT \(100)")
            }
            guard page.count == 100 else { throw BenchmarkError("the first page has \(page.count) rows") }
        }
        let cursor = try await database.read { connection in
            try connection.firstRow("SELECT name, id FROM bench_clients ORDER BY name, id LIMIT \(1) OFFSET \(depth - 1)")
        }
        guard let cursor else { throw BenchmarkError("no row at \(depth)") }
        let name = try cursor.decode("name", as: String.self), id = try cursor.decode("id", as: Int.self)
        let deep = try await Timing.median(minimumRuns: 200, budget: .zero) {
            let page = try await database.read { connection in
                try connection.rows("SELECT id, name, email FROM bench_clients WHERE (name, id) > (\(name), \(id)) ORDER BY name, id LIMIT \(100)")
            }
            guard page.count == 100 else { throw BenchmarkError("the deep page has \(page.count) rows") }
        }
        let offset = try await Timing.median(minimumRuns: 5, budget: .zero) {
            _ = try await database.read { connection in
                try connection.rows("SELECT id, name, email FROM bench_clients ORDER BY name, id LIMIT \(100) OFFSET \(depth)")
            }
        }
        report("first page", "median \(format(first))", "(100 clients ordered by name)")
        report("deep page, cursor", "median \(format(deep)) = \(ratio(deep, first)) × the first page", "(after row \(depth.formatted()); target: at most 2 ×)")
        report("deep page, OFFSET", "median \(format(offset)) = \(ratio(offset, first)) × the first page", "(the same page by OFFSET, for contrast)")
    }

    // MARK: Substring search

    /// Fragments of 3 to 5 characters in two groups. Distinctive ones are what a user types to
    /// find a particular client: a piece of the rarer surname of a few rows spread through the
    /// table. Common ones are pieces of the most frequent surnames, each in 1% to 4% of the rows.
    private func searchTerms() -> (distinctive: [String], common: [String]) {
        var generator = ClientNameGenerator(seed: 2024)
        let common = Set(ClientNameGenerator.commonSurnames.map(TextFolding.fold))
        var picked: [String] = []
        let wanted = (1...6).map { rows * $0 / 7 }
        for row in 1...rows where picked.count < wanted.count {
            let name = generator.name()
            guard wanted.contains(row) else { continue }
            let surnames = TextFolding.fold(name).split(separator: " ").dropFirst().filter { !common.contains(String($0)) }
            guard let rare = surnames.first else { continue }
            let length = [3, 4, 5][picked.count % 3]
            picked.append(String(rare.dropFirst(2).prefix(length)))
        }
        return (picked, ["nez", "garc", "erra"])
    }

    private func searches() async throws {
        let terms = searchTerms()
        var distinctive = (all: [Double](), page: [Double]()), common = (all: [Double](), page: [Double]())
        for term in terms.distinctive + terms.common {
            let factors = try await compareSearch(term)
            if terms.common.contains(term) {
                common.all.append(factors.all); common.page.append(factors.page)
            } else {
                distinctive.all.append(factors.all); distinctive.page.append(factors.page)
            }
        }
        report("search vs LIKE", "distinctive fragments: count median \(summary(distinctive.all)), first page median \(summary(distinctive.page))",
               "(target: at least 20 ×)")
        report("", "common fragments: count median \(summary(common.all)), first page median \(summary(common.page))", "")
    }

    /// Times the indexed search and the `LIKE` scan of one fragment side by side in two shapes:
    /// counting every matching client, and the first page of 100 matching clients ordered by name
    /// (the way a list is shown). Counting keeps the figure about the search rather than about
    /// decoding rows, which costs both sides alike (1–2 µs a row). The `LIKE` side reads the raw
    /// names, so accented names make its counts differ; its page query may stop early on the name
    /// index once 100 rows matched, which the index side cannot: it collects every match first.
    private func compareSearch(_ term: String) async throws -> (all: Double, page: Double) {
        let index = Self.search
        let pattern = "%" + term + "%"
        @Sendable func like(_ connection: any SQLConnection) -> SQL {
            connection.dialect == .postgres ? "name ILIKE \(pattern)" : "name LIKE \(pattern)"
        }
        var indexed = 0, scanned = 0
        let search = try await Timing.median(minimumRuns: 15, budget: .zero) {
            indexed = try await database.read { connection in
                try connection.scalar("SELECT count(*) FROM bench_clients WHERE \(connection.searchCondition(index, matching: term))", as: Int.self) ?? 0
            }
        }
        let scan = try await Timing.median(minimumRuns: 5, budget: .zero) {
            scanned = try await database.read { connection in
                try connection.scalar("SELECT count(*) FROM bench_clients WHERE \(like(connection))", as: Int.self) ?? 0
            }
        }
        let searchPage = try await Timing.median(minimumRuns: 15, budget: .zero) {
            _ = try await database.read { connection in
                try connection.rows("SELECT id, name, email FROM bench_clients WHERE \(connection.searchCondition(index, matching: term)) ORDER BY name, id LIMIT 100")
            }
        }
        let scanPage = try await Timing.median(minimumRuns: 5, budget: .zero) {
            _ = try await database.read { connection in
                try connection.rows("SELECT id, name, email FROM bench_clients WHERE \(like(connection)) ORDER BY name, id LIMIT 100")
            }
        }
        let all = scan.microseconds / search.microseconds, page = scanPage.microseconds / searchPage.microseconds
        report("search \"\(term)\"", "count: index \(format(search)) (\(indexed.formatted()) matches), LIKE \(format(scan)) (\(scanned.formatted())) = \(String(format: "%.1f", all)) ×;"
               + " page of 100: index \(format(searchPage)), LIKE \(format(scanPage)) = \(String(format: "%.1f", page)) ×", "")
        return (all, page)
    }

    private func summary(_ factors: [Double]) -> String {
        let sorted = factors.sorted()
        return String(format: "%.1f × (lowest %.1f ×)", sorted[sorted.count / 2], sorted.first ?? 0)
    }

    // MARK: Measuring

    private func report(_ what: String, _ figure: String, _ detail: String) {
        print("  " + what.padding(toLength: 22, withPad: " ", startingAt: 0) + figure + (detail.isEmpty ? "" : " " + detail))
    }

    private func format(_ duration: Duration) -> String {
        let seconds = duration.microseconds / 1_000_000
        if seconds >= 1 { return String(format: "%.2f s", seconds) }
        if seconds >= 0.001 { return String(format: "%.2f ms", seconds * 1000) }
        return String(format: "%.0f µs", seconds * 1_000_000)
    }

    private func ratio(_ a: Duration, _ b: Duration) -> String {
        String(format: "%.2f", a.microseconds / b.microseconds)
    }
}
