import Foundation
import Storage

/// The search half of `clientela-bench storage`: for each fragment, a search as a user makes it
/// (the total and the first page of 100 ordered by name, one ``SQLConnection/search(_:_:)``)
/// beside the same answer computed with `LIKE '%…%'`, in the same run, checked equal.
///
/// The `LIKE` side gets the best that plain SQL can do without the search index:
/// - it reads `folded`, a copy of the name folded by ``TextFolding`` at insert time, with no
///   index, so that it finds what the search finds ("gomez" finds "Gómez") with the engine's own
///   `LIKE` rather than a function call per row, which would make it several times slower;
/// - it is timed in two forms and the faster counts: a count (a scan) then the page (which the
///   planner may answer by walking the name index and stopping after 100 matches), or a single
///   scan that counts with `count(*) OVER ()` and sorts only the matches. The first wins for common
///   fragments, the second for rare ones, whose page would otherwise walk the whole index.
struct StorageSearchComparison {
    let database: any SQLDatabase
    let index: SearchIndex
    let rows: Int
    var orderFirstThreshold: Int?
    /// Forces the choice between the matches by bucket and all the matches (`--bucket-threshold`).
    var bucketThreshold: Int?
    /// The count scope the search passes (``SearchQuery/countScope``): `[]` when the index keeps
    /// counts over the whole table, nil to count the matches.
    var countScope: [SQLValue]?

    /// Fragments of 3 to 5 characters spread over the selectivities a user meets: pieces of rare
    /// surnames taken from rows spread through the table (as typed, with their accents), then
    /// fixed fragments from about 0.3% of the rows to about 10%, some typed with accents or in
    /// capitals.
    func standardFragments() -> [String] {
        var generator = ClientNameGenerator(seed: 2024)
        let common = Set(ClientNameGenerator.commonSurnames)
        var picked: [String] = []
        let wanted = (1...3).map { rows * $0 / 4 }
        for row in 1...rows where picked.count < wanted.count {
            let name = generator.name()
            guard row >= wanted[picked.count] else { continue }
            guard let rare = name.split(separator: " ").dropFirst().first(where: { !common.contains(String($0)) }), rare.count >= 6 else { continue }
            let piece = String(rare.dropFirst().prefix(picked.count == 2 ? 4 : 5))
            picked.append(picked.count == 1 ? piece.uppercased() : piece)
        }
        return picked + ["bere", "Rila", "Góme", "NÚÑEZ", "garc", "ría", "nez", "mar"]
    }

    struct Result {
        let fragment: String
        let share: Double
        let factor: Double
    }

    func run(_ fragments: [String]) async throws {
        var results: [Result] = []
        for fragment in fragments {
            results.append(try await compare(fragment))
        }
        let sorted = results.sorted { $0.factor < $1.factor }
        guard let lowest = sorted.first else { return }
        StorageReport.line("search vs LIKE", String(format: "lowest %.1f × (\"%@\", %.2f%% of the rows), median %.1f × over %d fragments",
                                                    lowest.factor, lowest.fragment, lowest.share * 100, sorted[sorted.count / 2].factor, sorted.count),
                           "(total + first page; target: at least 20 × for every fragment)")
    }

    /// Times one fragment both ways and checks that the answers agree.
    private func compare(_ text: String) async throws -> Result {
        let index = index
        let query = SearchQuery(text: text, columns: ["id", "name", "email"], countScope: countScope, order: SearchOrder(["name"]), limit: 100,
                                orderFirstThreshold: orderFirstThreshold, bucketThreshold: bucketThreshold)
        var found: SearchPage?
        let search = try await Timing.median(minimumRuns: 15, budget: .zero) {
            found = try await database.read { connection in try connection.search(index, query) }
        }
        guard let found else { throw BenchmarkError("no search page for \"\(text)\"") }

        let pattern = "%" + Self.escapedForLike(TextFolding.fold(text)) + "%"
        var counted = (total: 0, ids: [Int]())
        let countThenPage = try await Timing.median(minimumRuns: 5, budget: .zero) {
            counted = try await database.read { connection in
                let total = try connection.scalar(#"SELECT count(*) FROM bench_clients WHERE folded LIKE \#(pattern) ESCAPE '\'"#, as: Int.self) ?? 0
                let ids = try connection.rows(#"SELECT id, name, email FROM bench_clients WHERE folded LIKE \#(pattern) ESCAPE '\' ORDER BY name, id LIMIT 100"#) {
                    try $0.decode("id", as: Int.self)
                }
                return (total, ids)
            }
        }
        var scanned = (total: 0, ids: [Int]())
        let oneScan = try await Timing.median(minimumRuns: 5, budget: .zero) {
            scanned = try await database.read { connection in
                let sql: SQL = connection.dialect == .sqlite
                    ? #"SELECT count(*) OVER () AS total, id, name, email FROM bench_clients NOT INDEXED WHERE folded LIKE \#(pattern) ESCAPE '\' ORDER BY name, id LIMIT 100"#
                    : #"SELECT count(*) OVER () AS total, id, name, email FROM bench_clients WHERE folded LIKE \#(pattern) ESCAPE '\' ORDER BY name, id LIMIT 100"#
                let page = try connection.rows(sql)
                return (try page.first?.decode("total", as: Int.self) ?? 0, try page.map { try $0.decode("id", as: Int.self) })
            }
        }

        let ids = try found.rows.map { try $0.decode("id", as: Int.self) }
        guard found.total == counted.total, ids == counted.ids, scanned.total == counted.total, scanned.ids == counted.ids else {
            throw BenchmarkError("search \"\(text)\" disagrees with LIKE: totals \(found.total), \(counted.total), \(scanned.total); pages of \(ids.count), \(counted.ids.count), \(scanned.ids.count) rows, equal: \(ids == counted.ids), \(scanned.ids == counted.ids)")
        }
        let like = min(countThenPage, oneScan)
        let factor = like.microseconds / search.microseconds
        let share = Double(found.total) / Double(rows)
        let plan = switch found.plan {
        case .matchesFirst: "matches first"
        case .orderFirst: "order first"
        case .matchesByBucket: "by bucket"
        case .serverPlanned: "server's plan"
        }
        StorageReport.line("search \"\(text)\"",
                           String(format: "%@ matches (%.2f%%), %@: %@; LIKE %@ (count + page %@, one scan %@) = %.1f ×",
                                  found.total.formatted(), share * 100, plan, StorageReport.format(search), StorageReport.format(like),
                                  StorageReport.format(countThenPage), StorageReport.format(oneScan), factor), "")
        return Result(fragment: text, share: share, factor: factor)
    }

    private static func escapedForLike(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
