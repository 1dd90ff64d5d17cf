import Clients
import DemoData
import Foundation
import Gateway
import Storage
import Tenancy

/// `clientela seed-demo [--clients N]`: the demo organization (see ``DemoSeed``), or N generated
/// clients added to it (see ``BulkClientSeeder``).
///
/// What it made goes to standard output, tokens included (they are the point of the command);
/// the progress line of `--clients` goes to standard error, and only on a terminal. A second run
/// without `--clients` finds the demo and exits with status 1, changing nothing.
enum SeedDemoCommand {
    static func run(_ options: SeedDemoOptions, console: any Console, now: Date = Date()) async -> ExitCode {
        let name = options.database.displayName
        guard let database = await options.database.open(reportingTo: console) else { return .failure }
        let status: ExitCode
        do {
            try await ClientelaMigrations.migrator().migrate(database)
            var organization = try await database.read { try OrganizationRepository($0).organization(slug: DemoSeed.slug, in: .unrestricted) }
            if let count = options.clients {
                if organization == nil {
                    organization = try await seedDemo(database, name: name, console: console, now: now).organization
                }
                try await addClients(count, to: organization!, database: database, name: name, console: console, now: now)
            } else {
                _ = try await seedDemo(database, name: name, console: console, now: now)
            }
            status = .success
        } catch let error as DemoSeedError {
            console.errorLine("clientela: \(error) in \(name). 'clientela token create --user mariana.luna@agencialuna.mx --name NAME' makes a token for its owner; 'clientela seed-demo --clients N' adds clients.")
            status = .failure
        } catch {
            console.errorLine("clientela: seeding the demo in \(name) failed: \(error)")
            status = .failure
        }
        await database.close()
        return status
    }

    private static func seedDemo(_ database: any SQLDatabase, name: String, console: any Console, now: Date) async throws -> DemoSeed.Result {
        let result = try await DemoSeed.run(database: database, now: now)
        let organization = result.organization
        console.line("Seeded the demo organization \"\(organization.name)\" (slug '\(organization.slug)', \(organization.country), \(organization.currency)) in \(name):")
        console.line("  \(result.team.count) users (owner, admin, 3 members, a CLIENT login), \(result.clients) clients (\(result.deletedClients) of them deleted), \(result.statusChanges) status changes, \(result.events) events.")
        console.line("  No RESELLER login: a reseller login needs a reseller, and resellers arrive with the Resellers module.")
        console.line("")
        console.line("API tokens, shown this once (only their hashes are stored):")
        let width = result.tokens.map { $0.user.role.rawValue.count }.max() ?? 0
        for member in result.tokens {
            var who = member.user.email
            if member.user.role == .client {
                who += " (client \(result.boundClient.refid), \(result.boundClient.draft.name))"
            }
            console.line("  \(member.user.role.rawValue.padding(toLength: width, withPad: " ", startingAt: 0))  \(member.token)  \(who)")
        }
        if let owner = result.tokens.first {
            console.line("")
            console.line("Try it with 'clientela serve' running:")
            console.line(#"  curl -s http://127.0.0.1:8080/graphql -H 'Authorization: Bearer \#(owner.token)' -H 'Content-Type: application/json' -d '{"query":"{ viewer { firstName role organization { name } } }"}'"#)
        }
        return result
    }

    private static func addClients(
        _ count: Int, to organization: Organization, database: any SQLDatabase, name: String, console: any Console, now: Date
    ) async throws {
        let team = try await database.read { connection in
            try UserRepository(connection).users(inOrganizations: [organization.id], in: .unrestricted)[organization.id] ?? []
        }
        let staff = team.filter { $0.isActive && [.orgOwner, .orgAdmin, .orgMember].contains($0.role) }
            .sorted { ($0.role == .orgOwner ? 0 : 1, $0.email) < ($1.role == .orgOwner ? 0 : 1, $1.email) }
        let seeder = BulkClientSeeder(database: database, organization: organization, team: staff.map(\.id))
        let clock = ContinuousClock()
        let started = clock.now
        let showProgress = console.errorIsTerminal
        try await seeder.seed(count: count, now: now) { added in
            guard showProgress else { return }
            let seconds = max((clock.now - started).seconds, 0.001)
            console.write("\rclientela: \(added.formatted()) of \(count.formatted()) clients (\(added * 100 / count)%), \(Int(Double(added) / seconds).formatted()) clients/s ", to: .error)
        }
        if showProgress { console.write("\n", to: .error) }
        let seconds = max((clock.now - started).seconds, 0.001)
        console.line("Added \(count.formatted()) generated clients to \"\(organization.name)\" in \(name) in \(String(format: "%.1f", seconds)) s (\(Int(Double(count) / seconds).formatted()) clients/s).")
    }
}

extension Duration {
    /// The duration in seconds, for rates.
    fileprivate var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
