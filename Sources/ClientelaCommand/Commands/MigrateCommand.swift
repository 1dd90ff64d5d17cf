import Gateway
import Storage

/// `clientela migrate`: opens the database, applies the pending migrations, says which, closes.
enum MigrateCommand {
    static func run(_ options: MigrateOptions, console: any Console) async -> ExitCode {
        let name = options.database.displayName
        guard let database = await options.database.open(reportingTo: console) else { return .failure }
        let status: ExitCode
        do {
            let applied = try await ClientelaMigrations.migrator().migrate(database)
            for record in applied {
                console.line("applied \(record.module) \(record.version) \"\(record.name)\"")
            }
            switch applied.count {
            case 0: console.line("The database \(name) is up to date: no migration to apply.")
            case 1: console.line("Applied 1 migration to \(name).")
            default: console.line("Applied \(applied.count) migrations to \(name).")
            }
            status = .success
        } catch {
            console.errorLine("clientela: migrating the database \(name) failed: \(error)")
            status = .failure
        }
        await database.close()
        return status
    }
}
