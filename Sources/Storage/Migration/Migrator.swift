import Foundation

/// Brings a database up to the code's migrations at start-up, or refuses it.
///
/// Applied migrations are recorded in `storage_migrations` (module, version, name, time). Before
/// touching anything the migrator compares that record with the code: every recorded migration
/// must be one the code knows, under the same name, and each module's record must be a prefix of
/// its list. A database written by a newer build (or another product) is refused with a message
/// that says which migration is unknown, and nothing is changed. Then each pending migration runs
/// in its own transaction, modules in the given order and versions in order; the record row is
/// written in the same transaction, so a failed migration leaves no trace and is retried next
/// start. Several processes may start together: on SQLite the write lock, on PostgreSQL an
/// advisory lock serialises them, and each re-checks the record inside its transaction.
package struct Migrator: Sendable {
    package let modules: [ModuleMigrations]

    package init(_ modules: [ModuleMigrations]) {
        let names = modules.map(\.module)
        precondition(Set(names).count == names.count, "a module's migrations are listed once")
        self.modules = modules
    }

    /// A migration recorded in the database.
    package struct Record: Sendable, Hashable {
        package let module: String
        package let version: Int
        package let name: String
    }

    /// Applies the pending migrations.
    ///
    /// - Returns: The migrations applied now, in order.
    /// - Throws: ``StorageError`` with code ``StorageError/Code/migrationRefused`` when the
    ///   database carries a migration the code does not know; the error of a failed migration
    ///   otherwise (that migration and the later ones are not applied).
    @discardableResult
    package func migrate(_ database: any SQLDatabase) async throws -> [Record] {
        try await database.write { connection in
            try Self.lock(connection)
            try connection.executeScript(Self.createTable)
        }
        let recorded = try await self.recorded(in: database)
        try check(recorded)
        let done = Set(recorded)
        var applied: [Record] = []
        for module in modules {
            for migration in module.migrations {
                let record = Record(module: module.module, version: migration.version, name: migration.name)
                guard !done.contains(record) else { continue }
                let ran = try await database.write { connection in try Self.apply(migration, as: record, on: connection) }
                if ran { applied.append(record) }
            }
        }
        return applied
    }

    /// The migrations recorded in the database, by module and version.
    package func recorded(in database: any SQLDatabase) async throws -> [Record] {
        try await database.read { connection in
            try connection.rows("SELECT module, version, name FROM storage_migrations ORDER BY module, version") { row in
                Record(module: try row.decode("module"), version: try row.decode("version"), name: try row.decode("name"))
            }
        }
    }

    /// Refuses a record that the code does not account for.
    func check(_ recorded: [Record]) throws {
        let known = Dictionary(uniqueKeysWithValues: modules.map { ($0.module, $0.migrations) })
        for record in recorded {
            let migration = known[record.module]?.first { $0.version == record.version }
            guard let migration, migration.name == record.name else {
                throw StorageError(.migrationRefused, """
                    the database carries migration \(record.version) "\(record.name)" of module \(record.module), \
                    which this build does not know (it was probably written by a newer build); \
                    refusing to touch the database: run the build that migrated it, or restore a backup
                    """)
            }
        }
        for module in modules {
            let versions = recorded.filter { $0.module == module.module }.map(\.version)
            let expected = module.migrations.prefix(versions.count).map(\.version)
            guard versions == expected else {
                throw StorageError(.migrationRefused, """
                    the database has migrations \(versions.map(String.init).joined(separator: ", ")) of module \
                    \(module.module) applied, out of order with this build's \(module.migrations.map { String($0.version) }.joined(separator: ", ")); \
                    refusing to touch the database
                    """)
            }
        }
    }

    private static func apply(_ migration: Migration, as record: Record, on connection: any SQLConnection) throws -> Bool {
        try lock(connection)
        let already = try connection.scalar(
            "SELECT count(*) FROM storage_migrations WHERE module = \(record.module) AND version = \(record.version)",
            as: Int.self
        )
        guard already == 0 else { return false }
        for step in migration.steps {
            try step.apply(on: connection)
        }
        try connection.execute("""
            INSERT INTO storage_migrations (module, version, name, applied_at)
            VALUES (\(record.module), \(record.version), \(record.name), \(Timestamp.format(.now)))
            """)
        return true
    }

    /// Serialises migrators of several processes until the transaction ends. SQLite needs
    /// nothing: a write transaction already holds the database's only write lock.
    private static func lock(_ connection: any SQLConnection) throws {
        if connection.dialect == .postgres {
            try connection.execute("SELECT pg_advisory_xact_lock(\(Self.advisoryLock))")
        }
    }

    private static let createTable: SQL = """
        CREATE TABLE IF NOT EXISTS storage_migrations (
          module TEXT NOT NULL,
          version INTEGER NOT NULL,
          name TEXT NOT NULL,
          applied_at TEXT NOT NULL,
          PRIMARY KEY (module, version)
        )
        """

    /// The key of the advisory lock migrations take on PostgreSQL: "clientel" in ASCII.
    private static let advisoryLock: Int64 = 0x636C_6965_6E74_656C
}
