import Clients
import Foundation
import Storage
import StorageTesting
import Tenancy
import Testing

/// The list's search total in one organization's live clients, which both backends read from
/// the search index's counts (migration 4, and 6 on SQLite databases whose migration 4 made none):
/// equal to counting the matches after every write the repository makes, taken from the counts
/// only when the filter is exactly that organization's live clients, and backfilled for clients
/// created before migration 4 (or, on SQLite, before migration 6).
@Suite struct ClientSearchCountsTests {
    private static let fragments = ["gómez", "MEZ", "ana", "", "@campo", "xyz", "go", "12345", "Núñe"]

    /// The list's total for each fragment in `scope` beside `count(*)` of the same rows by the
    /// search condition (`LIKE` over the folded column on PostgreSQL).
    private static func totals(_ database: any SQLDatabase, _ scope: AccessScope, organization: OrganizationID) async throws -> [(String, Int, Int?)] {
        try await database.read { connection in
            try fragments.map { text in
                let page = try ClientRepository(connection).list(ClientListQuery(search: text, limit: 2), in: scope)
                let expected = try connection.scalar("""
                    SELECT count(*) FROM clients WHERE organization_id = \(organization.rawValue) AND deleted_at IS NULL
                      AND \(connection.searchCondition(ClientsMigrations.search, matching: text))
                    """, as: Int.self)
                return (text, page.total, expected)
            }
        }
    }

    private static func verify(_ world: ClientsWorld, _ step: String) async throws {
        for (scope, organization) in [(world.scopeA, world.a.id), (world.scopeB, world.b.id)] {
            for (text, total, expected) in try await totals(world.database, scope, organization: organization) {
                #expect(total == expected, "\(step): \"\(text)\"")
            }
        }
    }

    @Test(arguments: ClientsBackend.all)
    func searchTotalsMatchCountingAfterEveryWrite(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            let gomez = try await world.create("José Gómez", email: "jose@campo.cl")
            let munoz = try await world.create("Ana Muñoz", taxID: "12345678-5")
            let soto = try await world.create("Pedro Soto Gomez", email: "pedro@otro.cl")
            try await world.create("Gómez Elsewhere", email: "g@campo.mx", in: world.b)
            try await Self.verify(world, "creates")
            try await world.database.write { connection in
                var draft = munoz.draft
                draft.name = "Ana Núñez Gómez"
                _ = try ClientRepository(connection).update(munoz.id, to: draft, by: world.adminA.id, at: ClientsWorld.epoch, in: world.scopeA)
                _ = try ClientRepository(connection).transition(gomez.id, to: .active, reason: nil, by: nil, at: ClientsWorld.epoch, in: world.scopeA)
            }
            try await Self.verify(world, "an update and a transition")
            try await world.database.write { connection in
                _ = try ClientRepository(connection).delete(gomez.id, at: ClientsWorld.epoch, in: world.scopeA)
            }
            try await Self.verify(world, "a deletion")
            try await world.database.write { connection in
                _ = try ClientRepository(connection).restore(gomez.id, at: ClientsWorld.epoch, in: world.superAdmin)
                _ = try ClientRepository(connection).purge(soto.id, by: world.adminA.id, at: ClientsWorld.epoch, in: world.superAdmin)
            }
            try await Self.verify(world, "a restore and a purge")
        }
    }

    /// A count changed by hand (a delta on PostgreSQL, the count itself on SQLite) shows in the
    /// total of a list whose filter is the organization's live clients, and not in one that
    /// filters more: the repository passes the count scope exactly when it may.
    @Test(arguments: ClientsBackend.all)
    func theListReadsTheCountsOnlyForOneOrganizationsLiveClients(_ backend: ClientsBackend) async throws {
        try await backend.withWorld { world in
            try await world.create("José Gómez", email: "jose@campo.cl")
            try await world.database.write { connection in
                if connection.dialect == .postgres {
                    try connection.execute("INSERT INTO clients_search_piece_deltas (organization_id, piece, n) VALUES (\(world.a.id.rawValue), 'gomez', 5)")
                } else {
                    try connection.execute("UPDATE clients_search_pieces SET n = n + 5 WHERE organization_id = \(world.a.id.rawValue) AND piece = 'gomez'")
                }
            }
            func total(_ configure: (inout ClientFilter) -> Void) async throws -> Int {
                var filter = ClientFilter()
                configure(&filter)
                let query = ClientListQuery(filter: filter, search: "gomez")
                return try await world.database.read { try ClientRepository($0).list(query, in: world.scopeA) }.total
            }
            #expect(try await total { _ in } == 6)
            #expect(try await total { $0.organization = world.a.id } == 6)
            #expect(try await total { $0.statuses = [.prospect, .pending, .active] } == 1)
        }
    }

    @Test func theCountScopeIsOneOrganizationsLiveClientsAndNothingElse() throws {
        let a = OrganizationID(rawValue: "org-a"), b = OrganizationID(rawValue: "org-b")
        let admin = AccessScope(Caller(userID: .generate(), role: .orgAdmin, organizationID: a)!)
        let staff = AccessScope(Caller(userID: .generate(), role: .platformAdmin, organizationID: nil)!)
        let superAdmin = AccessScope(Caller(userID: .generate(), role: .superAdmin, organizationID: nil)!, includeDeleted: true)
        let reseller = AccessScope(Caller(userID: .generate(), role: .reseller, organizationID: a, resellerID: .generate())!)
        func filter(_ configure: (inout ClientFilter) -> Void) -> ClientFilter {
            var filter = ClientFilter()
            configure(&filter)
            return filter
        }
        #expect(ClientRepository.countedOrganization(ClientFilter(), in: admin) == a)
        #expect(ClientRepository.countedOrganization(filter { $0.organization = a }, in: admin) == a)
        #expect(ClientRepository.countedOrganization(filter { $0.organization = b }, in: admin) == nil)
        #expect(ClientRepository.countedOrganization(filter { $0.includeDeleted = true }, in: admin) == a)
        #expect(ClientRepository.countedOrganization(filter { $0.engagedSince = Date() }, in: admin) == a)
        #expect(ClientRepository.countedOrganization(filter { $0.statuses = [.active] }, in: admin) == nil)
        #expect(ClientRepository.countedOrganization(filter { $0.engaged = true; $0.engagedSince = Date() }, in: admin) == nil)
        #expect(ClientRepository.countedOrganization(filter { $0.region = "Biobío" }, in: admin) == nil)
        #expect(ClientRepository.countedOrganization(ClientFilter(), in: staff) == nil)
        #expect(ClientRepository.countedOrganization(filter { $0.organization = b }, in: staff) == b)
        #expect(ClientRepository.countedOrganization(filter { $0.organization = b }, in: superAdmin) == b)
        #expect(ClientRepository.countedOrganization(filter { $0.organization = b; $0.includeDeleted = true }, in: superAdmin) == nil)
        #expect(ClientRepository.countedOrganization(ClientFilter(), in: reseller) == nil)
    }

    /// Clients created before migration 4 are counted once it runs.
    @Test(arguments: ClientsBackend.all)
    func migrationFourBackfillsTheCountsOfExistingClients(_ backend: ClientsBackend) async throws {
        let database: any SQLDatabase = switch backend {
        case .sqlite: try await SQLiteDatabase(.memory)
        case .postgres: try await PostgresDatabase(PostgresConfiguration(url: try await PostgresTestSchemas.freshSchemaURL(prefix: "clients")))
        }
        do {
            let before = ModuleMigrations(module: "clients", migrations: ClientsMigrations.module.migrations.filter { $0.version < 4 })
            try await Migrator([TenancyMigrations.module, before]).migrate(database)
            let world = try await ClientsWorld.make(database)
            let gomez = try await world.create("José Gómez", email: "jose@campo.cl")
            try await world.create("Ana Gómez Núñez", taxID: "12345678-5")
            try await world.create("Gómez Elsewhere", in: world.b)
            try await world.database.write { connection in
                _ = try ClientRepository(connection).delete(gomez.id, at: ClientsWorld.epoch, in: world.scopeA)
            }
            try await Migrator([TenancyMigrations.module, ClientsMigrations.module]).migrate(database)
            #expect(try await Self.liveCount(database, world.a.id) == 1)
            try await Self.verify(world, "after migration 4")
            try await world.create("Otra Gómez")
            try await Self.verify(world, "a create after migration 4")
            await database.close()
        } catch {
            await database.close()
            throw error
        }
    }

    /// An SQLite database that ran migration 4 when it made no counts there (simulated: its
    /// counts dropped after migration 5), written to since, gets exact counts from migration 6.
    @Test func migrationSixGivesCountsToAnSQLiteDatabaseWhoseMigrationFourMadeNone() async throws {
        let database = try await SQLiteDatabase(.memory)
        do {
            let before = ModuleMigrations(module: "clients", migrations: ClientsMigrations.module.migrations.filter { $0.version < 6 })
            try await Migrator([TenancyMigrations.module, before]).migrate(database)
            try await database.write { connection in
                try connection.executeScript("""
                    DROP TRIGGER clients_search_count_insert; DROP TRIGGER clients_search_count_update; DROP TRIGGER clients_search_count_delete;
                    DROP TABLE clients_search_pieces;
                    """)
            }
            let world = try await ClientsWorld.make(database)
            let gomez = try await world.create("José Gómez", email: "jose@campo.cl")
            try await world.create("Ana Gómez Núñez", taxID: "12345678-5")
            try await world.create("Pedro Soto", in: world.b)
            try await world.database.write { connection in
                _ = try ClientRepository(connection).delete(gomez.id, at: ClientsWorld.epoch, in: world.scopeA)
            }
            try await Migrator([TenancyMigrations.module, ClientsMigrations.module]).migrate(database)
            #expect(try await Self.liveCount(database, world.a.id) == 1)
            #expect(try await Self.liveCount(database, world.b.id) == 1)
            try await Self.verify(world, "after migration 6")
            try await world.create("Otra Gómez")
            try await Self.verify(world, "a create after migration 6")
            await database.close()
        } catch {
            await database.close()
            throw error
        }
    }

    /// The counted live clients of an organization: the count of the empty piece.
    private static func liveCount(_ database: any SQLDatabase, _ organization: OrganizationID) async throws -> Int? {
        try await database.read { connection in
            try connection.scalar("SELECT n FROM clients_search_pieces WHERE organization_id = \(organization.rawValue) AND piece = ''", as: Int.self)
        }
    }
}
