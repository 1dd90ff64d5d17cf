import Clients
import Foundation
import Storage
import StorageTesting
import Tenancy
import Testing

/// The name's order buckets in the search index (migration 5): a search listed by name, read
/// bucket by bucket, gives the clients the list gives, in the same order and with the same total,
/// in both directions and across pages, on both backends.
@Suite struct ClientSearchBucketsTests {
    /// Names whose first two letters fall in many buckets, some sharing a first letter, some
    /// starting with accented or multibyte letters, one shorter than a bucket.
    private static let names = [
        "Ana Gómez", "Andrés Gómez", "Adán Gomez", "Álvaro Gómez", "A Gómez", "Élodie Gómez", "Emilia Pérez", "Ñuño Gómez",
        "Zoë Gómez", "Beatriz Anaya", "Bernardo Gómez", "Óscar GÓMEZ", "Ximena Gómez", "Ana Pérez", "Ωmega Gómez", "Juan Gómez",
    ]

    private static func ids(_ database: any SQLDatabase, _ query: SearchQuery, organization: OrganizationID) async throws -> (ids: [String], total: Int, plans: Set<SearchPlan>) {
        try await database.read { connection in
            var query = query
            query.countScope = [.text(organization.rawValue)]
            var found: [String] = [], plans: Set<SearchPlan> = [], total = 0
            for _ in 0..<50 {
                let page = try connection.search(ClientsMigrations.search, query)
                found += try page.rows.map { try $0.decode("id", as: String.self) }
                plans.insert(page.plan)
                total = page.total
                guard let next = page.next else { break }
                query.after = next
            }
            return (found, total, plans)
        }
    }

    private static func listed(_ world: ClientsWorld, _ text: String, descending: Bool) async throws -> (ids: [String], total: Int) {
        try await world.database.read { connection in
            var query = ClientListQuery(search: text, order: ClientOrder(.name, descending: descending), limit: 3)
            var found: [String] = [], total = 0
            for _ in 0..<50 {
                let page = try ClientRepository(connection).list(query, in: world.scopeA)
                found += page.clients.map(\.id.rawValue)
                total = page.total
                guard let next = page.next else { break }
                query.after = next
            }
            return (found, total)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func searchesByNameReadBucketsAndAgreeWithTheList(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            for name in Self.names { try await world.create(name) }
            try await world.create("Ana Gómez Otra", in: world.b)
            let gone = try await world.create("Adela Gómez")
            try await world.database.write { connection in
                _ = try ClientRepository(connection).delete(gone.id, at: ClientsWorld.epoch, in: world.scopeA)
            }
            if backend == .postgres {
                let columns = try await world.database.read { connection in
                    try connection.scalar("SELECT indnatts FROM pg_index WHERE indexrelid = to_regclass('clients_search')", as: Int.self)
                }
                #expect(columns == 2, "migration 5 put the name's bucket in the trigram index")
            } else {
                let columns = try await world.database.read { connection in
                    try connection.scalar("SELECT group_concat(name, ',') FROM pragma_table_info('clients_search')", as: String.self)
                }
                #expect(columns == "body,bucket", "migration 5 gave the FTS5 table its bucket column")
            }
            for text in ["gómez", "ana", "pérez", "GOM", "zzzz"] {
                for descending in [false, true] {
                    let label = "\"\(text)\", \(descending ? "descending" : "ascending")"
                    let direction: SQL = descending ? " DESC" : ""
                    let expected = try await world.database.read { connection in
                        try connection.rows("""
                            SELECT id FROM clients WHERE organization_id = \(world.a.id.rawValue) AND deleted_at IS NULL
                              AND \(connection.searchCondition(ClientsMigrations.search, matching: text))
                            ORDER BY name\(direction), row_id\(direction)
                            """) { try $0.decode("id", as: String.self) }
                    }
                    let list = try await Self.listed(world, text, descending: descending)
                    #expect(list.ids == expected, "\(label): the list")
                    #expect(list.total == expected.count, "\(label): the list's total")
                    let query = SearchQuery(text: text, columns: ["id", "name"], order: SearchOrder(["name"], descending: descending), limit: 2,
                                            orderFirstThreshold: Int.max, bucketThreshold: 0)
                    let bucketed = try await Self.ids(world.database, query, organization: world.a.id)
                    #expect(bucketed.ids == expected, "\(label): by bucket")
                    #expect(bucketed.total == expected.count, "\(label): by bucket, the total")
                    if !expected.isEmpty {
                        #expect(bucketed.plans == [.matchesByBucket], "\(label)")
                    }
                }
            }
        }
    }
}
