import Clients
import DemoData
import Foundation
import Gateway
import Storage
import Tenancy

/// `clientela-bench clients`: the Clients module at a million clients on SQLite (issue 6, item 11;
/// bench/README.md, "Scale workloads").
///
/// The dataset is `clientela seed-demo --clients N`'s: the demo organization, then generated
/// clients up to `--rows` (``BulkClientSeeder``), in a file kept between runs (reused when it
/// already holds enough clients; the seeding time and rate are printed when it is made). Then,
/// as the demo's ORG_OWNER, medians after a warm-up of:
/// - W2 (bench/workloads/w2_nested_page.graphql) through the composed schema
///   (`ClientelaSchema.build()`), with its statement count;
/// - substring searches of 3 to 5 characters (total + first page, ``ClientRepository/list(_:in:)``)
///   beside the same answer from a `LIKE '%…%'` scan of the folded columns, as a ratio;
/// - the first page and a page deep in the table reached by cursor, as a ratio;
/// - `createClient` mutations per second through the engine, and creates per second through
///   ``ClientRepository`` (one transaction each, as a mutation has).
///
///     clientela-bench clients [--rows N] [--sqlite-path PATH]
enum ClientsBenchmark {
    static let usage = "usage: clientela-bench clients [--rows N] [--sqlite-path PATH] [--bench-dir DIR]"

    static func run(arguments: [String], benchDirectory: URL) async throws {
        var rows = 1_000_000
        var path: String?
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            switch argument {
            case "--rows":
                guard let value = remaining.popFirst().flatMap({ Int($0) }), value >= 1_000 else {
                    throw BenchmarkError("--rows needs a number of at least 1000\n\(usage)")
                }
                rows = value
            case "--sqlite-path":
                guard let value = remaining.popFirst() else { throw BenchmarkError("--sqlite-path needs a value\n\(usage)") }
                path = value
            case "--bench-dir": _ = remaining.popFirst()
            case "--help", "-h":
                print(usage)
                return
            default: throw BenchmarkError("unknown option \(argument)\n\(usage)")
            }
        }
        let file = path ?? NSTemporaryDirectory() + "clientela-bench-clients-\(rows).sqlite"
        let database = try await SQLiteDatabase(.file(file))
        do {
            let world = try await ClientsBenchWorld.prepare(database: database, rows: rows, path: file)
            print("clients benchmark: SQLite, \(world.clients.formatted()) clients in the demo organization (\(file))")
            fflush(nil)
            try await ClientsSchemaWorkloads(world: world, benchDirectory: benchDirectory).run()
            try await ClientsRepositoryWorkloads(world: world).run()
        } catch {
            await database.close()
            throw error
        }
        await database.close()
    }
}

/// The dataset a run measures, and the caller it acts as.
struct ClientsBenchWorld: Sendable {
    let database: any SQLDatabase
    let organization: Organization
    let owner: User
    let clients: Int

    var scope: AccessScope { AccessScope(Caller(owner)!) }

    /// Opens the demo organization, seeding it (and generated clients up to `rows`) when needed.
    static func prepare(database: any SQLDatabase, rows: Int, path: String) async throws -> ClientsBenchWorld {
        try await ClientelaMigrations.migrator().migrate(database)
        if try await demo(database) == nil {
            _ = try await DemoSeed.run(database: database)
        }
        guard let organization = try await demo(database) else { throw BenchmarkError("no demo organization after seeding") }
        let owner = try await database.read { connection in
            try UserRepository(connection).users(inOrganizations: [organization.id], in: .unrestricted)[organization.id]?
                .first { $0.role == .orgOwner }
        }
        guard let owner else { throw BenchmarkError("the demo organization has no owner") }
        var clients = try await count(database, organization)
        if clients < rows {
            let team = try await database.read { connection in
                try UserRepository(connection).users(inOrganizations: [organization.id], in: .unrestricted)[organization.id]?
                    .filter { $0.isActive && [.orgOwner, .orgAdmin, .orgMember].contains($0.role) }.map(\.id) ?? []
            }
            print("seeding \((rows - clients).formatted()) clients into \(path) …")
            fflush(nil)
            let clock = ContinuousClock()
            let elapsed = try await clock.measure {
                try await BulkClientSeeder(database: database, organization: organization, team: team).seed(count: rows - clients) { added in
                    if added % 100_000 == 0 { print("  \(added.formatted()) …"); fflush(nil) }
                }
            }
            StorageReport.line("seeding", "\((rows - clients).formatted()) clients in \(StorageReport.format(elapsed))",
                               String(format: "= %.0f clients/s (multi-row INSERTs, 10,000 a transaction, search index live)",
                                      Double(rows - clients) / (elapsed.microseconds / 1_000_000)))
            clients = try await count(database, organization)
        } else {
            print("reusing \(path) (delete it to measure the seeding)")
        }
        return ClientsBenchWorld(database: database, organization: organization, owner: owner, clients: clients)
    }

    private static func demo(_ database: any SQLDatabase) async throws -> Organization? {
        try await database.read { try OrganizationRepository($0).organization(slug: DemoSeed.slug, in: .unrestricted) }
    }

    private static func count(_ database: any SQLDatabase, _ organization: Organization) async throws -> Int {
        try await database.read { connection in
            try connection.scalar("SELECT count(*) FROM clients WHERE organization_id = \(organization.id)", as: Int.self) ?? 0
        }
    }
}
