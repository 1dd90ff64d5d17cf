import Clients
import Foundation
import Storage
import Tenancy

/// The parts of `clientela-bench clients` measured at the repository, which run whether or not
/// the schema composes the Clients slice: search beside a `LIKE` scan, the first page beside a
/// deep cursor page, and creates per second.
struct ClientsRepositoryWorkloads {
    let world: ClientsBenchWorld

    /// 3 to 5 characters, common to rare, some typed with accents or capitals: pieces of
    /// surnames and first names, of an email domain, and of the number in generated emails
    /// (".4242", about a hundred rows).
    static let fragments = ["nez", "Gómez", "XÓCH", "hotm", "Tlapa", "zúñi", "Ibarr", "cuauh", ".4242"]

    func run() async throws {
        var ratios: [Double] = []
        for fragment in Self.fragments { ratios.append(try await compareSearch(fragment)) }
        ratios.sort()
        StorageReport.line("search vs LIKE", String(format: "lowest %.1f ×, median %.1f × over %d fragments", ratios[0], ratios[ratios.count / 2], ratios.count),
                           "(total + first page of 100 by createdAt)")
        try await checkAgainstFoldedScan("Tlapa")
        try await pages()
        try await creates()
    }

    /// Proves, once, that the index the bulk seeding fed answers exactly what folding every row
    /// answers: the same total and the same first page (one slow scan, not timed).
    private func checkAgainstFoldedScan(_ text: String) async throws {
        let scope = world.scope
        let organization = world.organization.id
        let page = try await world.database.read { try ClientRepository($0).list(ClientListQuery(search: text, limit: 100), in: scope) }
        let pattern = "%" + TextFolding.fold(text) + "%"
        let scanned = try await world.database.read { connection in
            try connection.rows("""
                SELECT count(*) OVER () AS total, id FROM clients NOT INDEXED WHERE organization_id = \(organization) AND deleted_at IS NULL
                  AND clientela_fold(coalesce(name, '') || char(10) || coalesce(email, '') || char(10) || coalesce(phone, '') || char(10)
                    || coalesce(tax_id, '')) LIKE \(pattern)
                ORDER BY created_at, row_id LIMIT 100
                """) { (try $0.decode("total", as: Int.self), try $0.decode("id", as: ClientID.self)) }
        }
        guard page.total == scanned.first?.0 ?? 0, page.clients.map(\.id) == scanned.map(\.1) else {
            throw BenchmarkError("search \"\(text)\" disagrees with a folded scan: \(page.total) vs \(scanned.first?.0 ?? 0) matches")
        }
        StorageReport.line("search = folded scan", "\"\(text)\": \(page.total.formatted()) matches, same first page", "(checked once, not timed)")
    }

    /// One fragment through the list (search index: total + first page of 100 by createdAt)
    /// beside the same page from a scan: `LIKE '%…%'` over the four columns as stored, one pass
    /// that counts with `count(*) OVER ()` and sorts only the matches.
    ///
    /// The scan is the cheapest plain SQL, not an equal answer: `LIKE` folds ASCII case only, so
    /// it misses the spellings the search finds by folding accents ("nez" in "Núñez"); its match
    /// count is printed beside the search's. Folding each row in the scan as the search does
    /// (`clientela_fold(…) LIKE`) costs about 14 s a scan here, which would flatter the ratio.
    private func compareSearch(_ text: String) async throws -> Double {
        let scope = world.scope
        let query = ClientListQuery(search: text, limit: 100)
        var found: ClientListPage?
        let search = try await Timing.median(minimumRuns: 10, budget: .zero) {
            found = try await world.database.read { try ClientRepository($0).list(query, in: scope) }
        }
        let organization = world.organization.id
        let pattern = "%" + text.lowercased().replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
        var scanned = 0
        let like = try await Timing.median(minimumRuns: 3, budget: .zero) {
            scanned = try await world.database.read { connection in
                let page = try connection.rows("""
                    SELECT count(*) OVER () AS total, id FROM clients NOT INDEXED
                    WHERE organization_id = \(organization) AND deleted_at IS NULL
                      AND (name LIKE \(pattern) ESCAPE '\\' OR email LIKE \(pattern) ESCAPE '\\' OR phone LIKE \(pattern) ESCAPE '\\'
                        OR tax_id LIKE \(pattern) ESCAPE '\\')
                    ORDER BY created_at, row_id LIMIT 100
                    """)
                return try page.first?.decode("total", as: Int.self) ?? 0
            }
        }
        guard let found else { throw BenchmarkError("no search page for \"\(text)\"") }
        let ratio = like.microseconds / search.microseconds
        StorageReport.line("search \"\(text)\"", String(format: "%@ matches (%.2f%%): %@; LIKE scan %@ (%@ matches) = %.1f ×",
                                                         found.total.formatted(), Double(found.total) * 100 / Double(world.clients),
                                                         StorageReport.format(search), StorageReport.format(like), scanned.formatted(), ratio), "")
        return ratio
    }

    /// The first page of 100 by createdAt beside a page 90% of the way down, reached by cursor.
    private func pages() async throws {
        let scope = world.scope
        let organization = world.organization.id
        let depth = world.clients * 9 / 10
        let cursor = try await world.database.read { connection -> SearchCursor? in
            try connection.firstRow("""
                SELECT created_at, row_id FROM clients WHERE organization_id = \(organization) AND deleted_at IS NULL
                ORDER BY created_at, row_id LIMIT 1 OFFSET \(depth)
                """).map { SearchCursor(values: [$0["created_at"] ?? .null, $0["row_id"] ?? .null]) }
        }
        guard let cursor else { throw BenchmarkError("no row at depth \(depth)") }
        var firstCount = 0, deepCount = 0
        let first = try await Timing.median(minimumRuns: 30, budget: .seconds(1)) {
            firstCount = try await world.database.read { try ClientRepository($0).list(ClientListQuery(limit: 100), in: scope) }.clients.count
        }
        let deep = try await Timing.median(minimumRuns: 30, budget: .seconds(1)) {
            deepCount = try await world.database.read { try ClientRepository($0).list(ClientListQuery(limit: 100, after: cursor), in: scope) }.clients.count
        }
        guard firstCount == 100, deepCount == 100 else { throw BenchmarkError("pages of \(firstCount) and \(deepCount) clients") }
        // Both pages carry the list's total; what it costs alone tells the page from the count.
        let total = try await Timing.median(minimumRuns: 10, budget: .seconds(1)) {
            _ = try await world.database.read { connection in
                try connection.scalar("SELECT count(*) FROM clients WHERE organization_id = \(organization) AND deleted_at IS NULL", as: Int.self)
            }
        }
        StorageReport.line("total alone", StorageReport.format(total), "(the count(*) both pages include)")
        StorageReport.line("first page", StorageReport.format(first), "(100 clients by createdAt, with the total)")
        StorageReport.line("deep page by cursor", StorageReport.format(deep),
                           String(format: "(row %@ of %@) = %.2f × the first page", depth.formatted(), world.clients.formatted(), deep.microseconds / first.microseconds))
    }

    /// Creates through the repository, each in its own transaction as a mutation's.
    private func creates() async throws {
        let scope = world.scope
        let organization = world.organization
        let owner = world.owner.id
        var number = 0
        let time = try await Timing.median(minimumRuns: 300, budget: .seconds(3)) {
            number += 1
            let tag = "\(UInt64(Date().timeIntervalSince1970 * 1000))-\(number)"
            var draft = ClientDraft(name: "Bench Repositorio \(tag)", type: .individual, status: .prospect)
            draft.email = EmailAddress(stored: "repo.\(tag)@example.mx")
            let ready = draft
            _ = try await world.database.write { connection in
                try ClientRepository(connection).create(
                    ready, organization: organization.id, refidPrefix: organization.settings.refidPrefix, createdBy: owner,
                    at: Date(), in: scope)
            }
        }
        StorageReport.line("create (repository)", String(format: "%.0f creates/s", 1_000_000 / time.microseconds),
                           "(median \(StorageReport.format(time)) each, one transaction each, search index live)")
    }
}
