import Foundation
import Gateway
import Storage
import Tenancy

/// `clientela token create --user EMAIL --name NAME [--expires-in DAYS]`: an API token for a user,
/// made on the machine that holds the database (for the operator who lost the first token, or
/// who sets up an integration).
///
/// The token alone goes to standard output, so that `TOKEN=$(clientela token create …)` captures
/// it and nothing else; the line saying what was made goes to standard error. The database is
/// migrated first, as `serve` does, so the command works on a database no server has opened yet
/// (where it then finds no user, and says so).
enum TokenCreateCommand {
    static func run(_ options: TokenCreateOptions, console: any Console, now: Date = Date()) async -> ExitCode {
        let databaseName = options.database.displayName
        guard let database = await options.database.open(reportingTo: console) else { return .failure }
        let status: ExitCode
        do {
            _ = try await ClientelaMigrations.migrator().migrate(database)
            let expiresAt = options.expiresInDays.map { now.addingTimeInterval(TimeInterval($0) * 86_400) }
            let created = try await TokenIssuer.issue(
                forEmail: options.email, name: options.name, expiresAt: expiresAt, database: database, now: now)
            console.line(created.token)
            let expiry = expiresAt.map { "expires \(Self.format($0))" } ?? "never expires"
            console.errorLine(
                "clientela: created the API token \"\(created.apiToken.name)\" (\(created.apiToken.prefix)) for \(options.email.lowercased()); it \(expiry). It is shown only this once.")
            status = .success
        } catch let error as TokenIssueError {
            console.errorLine("clientela: no token created: \(error)")
            status = .failure
        } catch {
            console.errorLine("clientela: creating the token in \(databaseName) failed: \(error)")
            status = .failure
        }
        await database.close()
        return status
    }

    /// `2026-12-31T12:00:00Z`.
    private static func format(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
