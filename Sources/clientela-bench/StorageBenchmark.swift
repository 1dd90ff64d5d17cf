import Foundation
import Storage
import StorageTesting

/// `clientela-bench storage`: the storage layer at a million rows, on SQLite and PostgreSQL.
///
/// For each backend it loads a table of clients (bulk insert, rows per second, with the name and
/// search indexes live), then measures a point lookup by primary key, the first page of 100
/// clients ordered by name and a page deep in the table reached by cursor (and, for contrast, by
/// `OFFSET`), and substring searches of 3 to 5 characters (the total and the first page of 100
/// ordered by name) beside the same answer computed with `LIKE '%…%'` in the same run (see
/// ``StorageSearchComparison``). Times are medians after a warm-up.
///
///     clientela-bench storage [--rows N] [--backend sqlite|postgres|both]
///                             [--postgres-url URL] [--sqlite-path PATH]
///                             [--only search] [--fragments a,b,c] [--reuse]
///                             [--order-first-threshold N] [--bucket-threshold N] [--no-counts]
///
/// `--only search` skips the point lookups and pages after the load (the one-row inserts still
/// run); `--fragments` replaces the standard search fragments (see ``StorageSearchComparison``),
/// for a focused run; `--reuse`
/// keeps the table a run left at `--sqlite-path` or `--postgres-url` when it has `--rows` rows;
/// `--order-first-threshold` forces SQLite's plan (0: always order first; a huge number: always
/// matches first), to measure the cost of each (see ``SearchIndex/sqliteSearch(_:on:)``), and
/// PostgreSQL's when its total comes from the counts; `--bucket-threshold` forces the driver's
/// choice between the matches by bucket (0) and all the matches (a huge number) below the walk's
/// threshold; `--no-counts` creates the table (on either backend) without the search index's
/// counts, so its searches count their matches (the bulk insert and the one-row inserts then
/// show what the counts cost the writes).
/// Without `--postgres-url` (or `CLIENTELA_BENCH_POSTGRES_URL`) it starts a throwaway PostgreSQL
/// cluster (see ``ThrowawayPostgres``); the SQLite file goes to a temporary folder unless given.
/// Build it in release mode: `swift build -c release --product clientela-bench`.
enum StorageBenchmark {
    static func run(arguments: [String]) async throws {
        let options = try Options(arguments)
        if options.help {
            print(Options.usage)
            return
        }
        for backend in options.backends {
            let target = try await Target.open(backend, options: options)
            print("storage benchmark: \(target.label), \(options.rows.formatted()) rows")
            fflush(nil)
            do {
                var workload = StorageWorkload(database: target.database, rows: options.rows)
                workload.searchOnly = options.searchOnly
                workload.fragments = options.fragments
                workload.reuse = options.reuse
                workload.orderFirstThreshold = options.orderFirstThreshold
                workload.bucketThreshold = options.bucketThreshold
                workload.counts = options.counts
                try await workload.run()
            } catch {
                await target.close()
                throw error
            }
            await target.close()
            print("")
        }
    }

    struct Options {
        var rows = 1_000_000
        var backends: [SQLDialect] = [.sqlite, .postgres]
        var postgresURL = ProcessInfo.processInfo.environment["CLIENTELA_BENCH_POSTGRES_URL"]
        var sqlitePath: String?
        var searchOnly = false
        var fragments: [String]?
        var reuse = false
        var orderFirstThreshold: Int?
        var bucketThreshold: Int?
        var counts = true
        var help = false

        static let usage = """
            usage: clientela-bench storage [--rows N] [--backend sqlite|postgres|both]
                                           [--postgres-url URL] [--sqlite-path PATH]
                                           [--only search] [--fragments a,b,c] [--reuse]
                                           [--order-first-threshold N] [--bucket-threshold N] [--no-counts]
            """

        init(_ arguments: [String]) throws {
            var remaining = arguments[...]
            func value(_ flag: String) throws -> String {
                guard let value = remaining.popFirst() else { throw BenchmarkError("\(flag) needs a value\n\(Self.usage)") }
                return value
            }
            while let argument = remaining.popFirst() {
                switch argument {
                case "--rows":
                    guard let rows = Int(try value(argument)), rows >= 1000 else { throw BenchmarkError("--rows needs a number of at least 1000") }
                    self.rows = rows
                case "--backend":
                    switch try value(argument) {
                    case "sqlite": backends = [.sqlite]
                    case "postgres": backends = [.postgres]
                    case "both": backends = [.sqlite, .postgres]
                    case let other: throw BenchmarkError("unknown backend \(other)\n\(Self.usage)")
                    }
                case "--postgres-url": postgresURL = try value(argument)
                case "--sqlite-path": sqlitePath = try value(argument)
                case "--only":
                    guard try value(argument) == "search" else { throw BenchmarkError("--only takes `search`\n\(Self.usage)") }
                    searchOnly = true
                case "--fragments":
                    fragments = try value(argument).split(separator: ",").map(String.init)
                case "--reuse": reuse = true
                case "--order-first-threshold":
                    guard let threshold = Int(try value(argument)), threshold >= 0 else { throw BenchmarkError("--order-first-threshold needs a number") }
                    orderFirstThreshold = threshold
                case "--bucket-threshold":
                    guard let threshold = Int(try value(argument)), threshold >= 0 else { throw BenchmarkError("--bucket-threshold needs a number") }
                    bucketThreshold = threshold
                case "--no-counts": counts = false
                case "--help", "-h": help = true
                default: throw BenchmarkError("unknown option \(argument)\n\(Self.usage)")
                }
            }
        }
    }

    /// The database a run measures, and how to get rid of it.
    struct Target {
        let database: any SQLDatabase
        let label: String
        private let temporaryFolder: String?

        static func open(_ backend: SQLDialect, options: Options) async throws -> Target {
            switch backend {
            case .sqlite:
                var folder: String?
                let path: String
                if let given = options.sqlitePath {
                    path = given
                } else {
                    let made = NSTemporaryDirectory() + "clientela-bench-\(UUID().uuidString)"
                    try FileManager.default.createDirectory(atPath: made, withIntermediateDirectories: true)
                    folder = made
                    path = made + "/bench.sqlite"
                }
                let database = try await SQLiteDatabase(.file(path))
                let version = try await database.read { connection in try connection.scalar("SELECT sqlite_version()", as: String.self) } ?? "?"
                return Target(database: database, label: "SQLite \(version) (file, WAL, synchronous=NORMAL)", temporaryFolder: folder)
            case .postgres:
                let url: String
                let label: String
                if let given = options.postgresURL {
                    url = given
                    label = "PostgreSQL at \(try PostgresConfiguration(url: given).redactedURL)"
                } else {
                    url = try await ThrowawayPostgres.start()
                    label = "PostgreSQL (throwaway local cluster: fsync off, shared_buffers 256MB)"
                }
                let database = try await PostgresDatabase(PostgresConfiguration(url: url))
                let version = try await database.read { connection in try connection.scalar("SHOW server_version", as: String.self) } ?? "?"
                return Target(database: database, label: label.replacingOccurrences(of: "PostgreSQL", with: "PostgreSQL \(version)"), temporaryFolder: nil)
            }
        }

        func close() async {
            await database.close()
            if let temporaryFolder { try? FileManager.default.removeItem(atPath: temporaryFolder) }
        }
    }
}
