import Foundation
import Storage

/// The measurements of `clientela-bench storage` on one database (see ``StorageBenchmark``).
struct StorageWorkload {
    let database: any SQLDatabase
    let rows: Int
    /// Only the search comparison after the load (`--only search`).
    var searchOnly = false
    /// The search fragments to compare instead of the standard set (`--fragments a,b,c`).
    var fragments: [String]?
    /// Keeps a table left by an earlier run with `--sqlite-path` or `--postgres-url` when it has
    /// the same number of rows (`--reuse`), to iterate on the searches without loading again.
    var reuse = false
    /// Forces SQLite's search plan (`--order-first-threshold`).
    var orderFirstThreshold: Int?

    /// Keeps the search index's counts, on both backends (`--no-counts` leaves them out, to
    /// measure what they cost the writes and what the search is without them; the search then
    /// passes no count scope and counts its matches).
    var counts = true

    /// Forces the choice between the matches by bucket and all the matches (`--bucket-threshold`).
    var bucketThreshold: Int?

    /// The searched table's index, with counts over the whole table (no scope, every row); on
    /// PostgreSQL the name order's index holds the folded text (see ``create()``); on both the
    /// search index holds the names' first two letters (``SearchOrderBuckets``).
    static let search = SearchIndex(name: "bench_clients_search", table: "bench_clients", key: "id", columns: ["name"], keyIsRowID: true,
                                    counts: SearchCounts(orderIndexesHoldText: true, orderBuckets: SearchOrderBuckets(column: "name")))

    private static let schema = MigrationStep.dialects(
        sqlite: """
            DROP TABLE IF EXISTS bench_clients;
            CREATE TABLE bench_clients (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, created_at TEXT NOT NULL, folded TEXT NOT NULL);
            CREATE INDEX bench_clients_name ON bench_clients (name, id);
            """,
        postgres: """
            DROP TABLE IF EXISTS bench_clients;
            CREATE TABLE bench_clients (id BIGINT PRIMARY KEY, name TEXT NOT NULL, email TEXT NOT NULL, created_at TEXT NOT NULL, folded TEXT NOT NULL);
            CREATE INDEX bench_clients_name ON bench_clients (name, id);
            """
    )

    func run() async throws {
        if reuse, try await existingRows() == rows {
            StorageReport.line("bulk insert", "skipped: reusing the \(rows.formatted()) rows already there", "")
        } else {
            try await create()
            try await load()
        }
        if !searchOnly {
            try await pointLookup()
            try await pages()
        }
        let comparison = StorageSearchComparison(
            database: database, index: Self.search, rows: rows, orderFirstThreshold: orderFirstThreshold, bucketThreshold: bucketThreshold,
            countScope: counts ? [] : nil)
        try await comparison.run(fragments ?? comparison.standardFragments())
        try await oneRowInserts()
    }

    private func existingRows() async throws -> Int? {
        try? await database.read { connection in try connection.scalar("SELECT count(*) FROM bench_clients", as: Int.self) }
    }

    /// The table, its search index, on PostgreSQL the name order index again with the folded
    /// column included (so that a search's walk of the order is index-only, see
    /// ``SearchIndex/postgresSearch(_:on:)``), the counts unless `--no-counts` (on both
    /// backends), and the order buckets.
    private func create() async throws {
        let counts = counts
        try await database.write { connection in
            try MigrationStep.dropSearchIndex(Self.search).apply(on: connection)
            try Self.schema.apply(on: connection)
            try MigrationStep.createSearchIndex(Self.search).apply(on: connection)
            if connection.dialect == .postgres {
                try connection.executeScript("""
                    DROP INDEX bench_clients_name;
                    CREATE INDEX bench_clients_name ON bench_clients (name, id) INCLUDE (bench_clients_search_text);
                    """)
            }
            if counts { try MigrationStep.createSearchCounts(Self.search).apply(on: connection) }
            try MigrationStep.createSearchOrderBuckets(Self.search).apply(on: connection)
        }
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
                let folded = TextFolding.fold(name)
                let email = folded.split(separator: " ").prefix(2).joined(separator: ".") + "\(id)@example.com"
                return [.integer(Int64(id)), .text(name), .text(email), .text(created), .text(folded)]
            }
            try await database.write { connection in
                try connection.insert(into: "bench_clients", columns: ["id", "name", "email", "created_at", "folded"], rows: values)
            }
            next = last + 1
        }
        let elapsed = clock.now - start
        if database.dialect == .postgres {
            // VACUUM runs outside a transaction: a read here is a plain session. It sets the
            // visibility map that makes the walk of the order index index-only.
            try await database.read { connection in try connection.executeScript("VACUUM (ANALYZE) bench_clients") }
        } else {
            try await database.write { connection in try connection.execute("ANALYZE bench_clients") }
        }
        StorageReport.line("bulk insert", "\(rows.formatted()) rows in \(StorageReport.format(elapsed)) = \(Int(Double(rows) * 1_000_000 / elapsed.microseconds).formatted()) rows/s",
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
        StorageReport.line("point lookup", "median \(StorageReport.format(median))", "(\(ids.count.formatted()) lookups by primary key, each its own read)")
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
        StorageReport.line("first page", "median \(StorageReport.format(first))", "(100 clients ordered by name)")
        StorageReport.line("deep page, cursor", "median \(StorageReport.format(deep)) = \(ratio(deep, first)) × the first page", "(after row \(depth.formatted()); target: at most 2 ×)")
        StorageReport.line("deep page, OFFSET", "median \(StorageReport.format(offset)) = \(ratio(offset, first)) × the first page", "(the same page by OFFSET, for contrast)")
    }

    // MARK: One-row inserts

    /// Inserts of one row, each its own transaction, as a CRM creates clients: the median, and
    /// the mean, which includes the writes that fold the counts (PostgreSQL). Run with
    /// `--only search` too, since it is what the counts cost a write. The rows are deleted afterwards
    /// (one statement), so that `--reuse` finds the table as loaded.
    private func oneRowInserts() async throws {
        var generator = ClientNameGenerator(seed: 99)
        let created = Timestamp.format(Date(timeIntervalSince1970: 1_735_689_600))
        let first = rows + 1, count = 1_000
        var next = first
        let clock = ContinuousClock()
        var durations: [Duration] = []
        for _ in 0..<count {
            let id = next, name = generator.name()
            next += 1
            let start = clock.now
            try await database.write { connection in
                try connection.insert(into: "bench_clients", columns: ["id", "name", "email", "created_at", "folded"], rows: [[
                    .integer(Int64(id)), .text(name), .text("one\(id)@example.com"), .text(created), .text(TextFolding.fold(name)),
                ]])
            }
            durations.append(clock.now - start)
        }
        try await database.write { connection in try connection.execute("DELETE FROM bench_clients WHERE id >= \(first)") }
        let sorted = durations.sorted()
        let total = durations.reduce(Duration.zero, +)
        StorageReport.line("one-row insert", "median \(StorageReport.format(sorted[sorted.count / 2])), mean \(StorageReport.format(total / count)), p99 \(StorageReport.format(sorted[sorted.count * 99 / 100]))",
                           "(\(count.formatted()) inserts, one transaction each\(counts ? ", counts kept" : ""))")
    }

    // MARK: Measuring

    private func ratio(_ a: Duration, _ b: Duration) -> String {
        String(format: "%.2f", a.microseconds / b.microseconds)
    }
}
