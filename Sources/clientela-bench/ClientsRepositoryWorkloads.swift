import Clients
import Foundation
import Storage
import Tenancy

/// The parts of `clientela-bench clients` measured at the repository, which run whether or not
/// the schema composes the Clients slice: search beside a `LIKE` scan, the first page beside a
/// deep cursor page, and creates per second.
struct ClientsRepositoryWorkloads {
    let world: ClientsBenchWorld

    /// 3 to 5 characters, common to rare, some typed with accents or capitals: a common surname
    /// piece, a first name's, an email domain's, a rare surname's and a state's.
    static let fragments = ["nez", "Gómez", "XÓCH", "hotm", "Tlapa", "zúñi", "Ibarr", "cuauh"]

    func run() async throws {
        var ratios: [Double] = []
        for fragment in Self.fragments { ratios.append(try await compareSearch(fragment)) }
        ratios.sort()
        StorageReport.line("search vs LIKE", String(format: "lowest %.1f ×, median %.1f × over %d fragments", ratios[0], ratios[ratios.count / 2], ratios.count),
                           "(total + first page of 100 by createdAt)")
        try await pages()
        try await creates()
    }

    /// One fragment through the list (search index) and through a scan, checked equal.
    private func compareSearch(_ text: String) async throws -> Double {
        let scope = world.scope
        let query = ClientListQuery(search: text, limit: 100)
        var found: ClientListPage?
        let search = try await Timing.median(minimumRuns: 10, budget: .zero) {
            found = try await world.database.read { try ClientRepository($0).list(query, in: scope) }
        }
        let organization = world.organization.id
        let pattern = "%" + TextFolding.fold(text).replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
        var scanned: (total: Int, ids: [ClientID]) = (0, [])
        let like = try await Timing.median(minimumRuns: 3, budget: .zero) {
            scanned = try await world.database.read { connection in
                let condition: SQL = """
                    organization_id = \(organization) AND deleted_at IS NULL
                      AND clientela_fold(coalesce(name, '') || char(10) || coalesce(email, '') || char(10) || coalesce(phone, '') || char(10) || coalesce(tax_id, '')) LIKE \(pattern) ESCAPE '\\'
                    """
                let total = try connection.scalar("SELECT count(*) FROM clients NOT INDEXED WHERE \(condition)", as: Int.self) ?? 0
                let ids = try connection.rows("SELECT id FROM clients NOT INDEXED WHERE \(condition) ORDER BY created_at, row_id LIMIT 100") {
                    try $0.decode("id", as: ClientID.self)
                }
                return (total, ids)
            }
        }
        guard let found, found.total == scanned.total, found.clients.map(\.id) == scanned.ids else {
            throw BenchmarkError("search \"\(text)\" disagrees with LIKE: \(found?.total ?? -1) vs \(scanned.total) matches")
        }
        let ratio = like.microseconds / search.microseconds
        StorageReport.line("search \"\(text)\"", String(format: "%@ matches (%.2f%%): %@; LIKE scan %@ = %.1f ×",
                                                         found.total.formatted(), Double(found.total) * 100 / Double(world.clients),
                                                         StorageReport.format(search), StorageReport.format(like), ratio), "")
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
