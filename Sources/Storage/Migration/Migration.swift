/// One versioned change to a module's tables, applied once, in its own transaction.
///
///     Migration(1, "create clients", .sql("""
///         CREATE TABLE clients (id TEXT PRIMARY KEY, name TEXT NOT NULL, email TEXT);
///         CREATE UNIQUE INDEX clients_email_unique ON clients (email);
///         """))
///
/// A migration is never edited once released: a later change is a new version. Its name is part
/// of its identity, so a database that recorded the same version under another name is refused.
package struct Migration: Sendable {
    package let version: Int
    package let name: String
    package let steps: [MigrationStep]

    package init(_ version: Int, _ name: String, _ steps: MigrationStep...) {
        self.init(version, name, steps: steps)
    }

    package init(_ version: Int, _ name: String, steps: [MigrationStep]) {
        precondition(version > 0, "migration versions start at 1")
        precondition(!steps.isEmpty, "migration \(version) has no steps")
        self.version = version
        self.name = name
        self.steps = steps
    }
}

/// One step of a migration.
package enum MigrationStep: Sendable {
    /// A script that both dialects run as it is (plain tables, indexes, most DDL).
    case sql(SQL)
    /// A script per dialect, where they differ (types, `AUTOINCREMENT` against `IDENTITY`, …).
    case dialects(sqlite: SQL, postgres: SQL)
    /// A substring search index (see ``SearchIndex``); the driver creates its own mechanism.
    case createSearchIndex(SearchIndex)
    /// Removes a search index (and its counts), before recreating it over other columns.
    case dropSearchIndex(SearchIndex)
    /// The counts of a search index created before (``SearchIndex/counts``, which must be
    /// declared), filled from the rows already there: on PostgreSQL see
    /// ``SearchIndex/createPostgresCounts()``, on SQLite ``SearchIndex/createSQLiteCounts(tableColumns:)``.
    /// A step of its own, so that a database whose index an earlier migration created gets its
    /// counts from a later one. (Before SQLite kept counts, this step did nothing there; see
    /// ``createSQLiteSearchCounts(_:)``.)
    case createSearchCounts(SearchIndex)
    /// The SQLite counts of a search index whose ``createSearchCounts(_:)`` step ran when it did
    /// nothing on SQLite: creates and fills them unless they exist; nothing on PostgreSQL, which
    /// has had its counts since that step. A database migrated after SQLite got its counts
    /// already has them, and this step leaves them as they are.
    case createSQLiteSearchCounts(SearchIndex)
    /// The order buckets of a search index created before (``SearchCounts/orderBuckets``, which
    /// must be declared): on PostgreSQL the trigram index is rebuilt with the bucket as a column
    /// when the bucketed column sorts by code point, and left as it is otherwise (see
    /// ``SearchOrderBuckets``); on SQLite the FTS5 table is rebuilt with a bucket column when the
    /// index is keyed by rowid (``SearchIndex/sqliteBuckets``).
    case createSearchOrderBuckets(SearchIndex)

    /// Runs the step inside the migration's transaction (the ``Migrator`` does this; tests and
    /// tools may call it to set up a schema directly).
    package func apply(on connection: any SQLConnection) throws {
        switch (self, connection.dialect) {
        case (.sql(let script), _):
            try connection.executeScript(script)
        case (.dialects(let sqlite, _), .sqlite):
            try connection.executeScript(sqlite)
        case (.dialects(_, let postgres), .postgres):
            try connection.executeScript(postgres)
        case (.createSearchIndex(let index), .sqlite):
            if index.keyIsRowID, try connection.scalar(index.sqliteRowIDKeyCheck(), as: Int.self) == nil {
                throw StorageError(.configuration, "search index \(index.name): \(index.table).\(index.key) is not the table's INTEGER PRIMARY KEY, which keyIsRowID claims")
            }
            try connection.executeScript(index.createSQLite())
        case (.createSearchIndex(let index), .postgres):
            try connection.executeScript(SearchIndex.postgresExtensions)
            let unaccent = try extensionSchema("unaccent", on: connection)
            let trigram = try extensionSchema("pg_trgm", on: connection)
            try connection.executeScript(index.createPostgres(unaccentSchema: unaccent, trigramSchema: trigram))
        case (.dropSearchIndex(let index), .sqlite):
            try connection.executeScript(index.dropSQLiteCounts())
            try connection.executeScript(index.dropSQLite())
        case (.dropSearchIndex(let index), .postgres):
            try connection.executeScript(index.dropPostgresCounts())
            try connection.executeScript(index.dropPostgres())
        case (.createSearchCounts(let index), _) where index.counts == nil,
             (.createSQLiteSearchCounts(let index), _) where index.counts == nil:
            throw StorageError(.configuration, "search index \(index.name) declares no counts to create")
        case (.createSearchCounts(let index), .sqlite):
            try createSQLiteCounts(index, on: connection)
        case (.createSearchCounts(let index), .postgres):
            try connection.executeScript(index.createPostgresCounts())
        case (.createSQLiteSearchCounts(let index), .sqlite):
            guard try connection.scalar(index.sqliteCountsExist(), as: Int.self) == nil else { break }
            try createSQLiteCounts(index, on: connection)
        case (.createSQLiteSearchCounts, .postgres):
            break
        case (.createSearchOrderBuckets(let index), _) where index.counts?.orderBuckets == nil:
            throw StorageError(.configuration, "search index \(index.name) declares no order buckets to create")
        case (.createSearchOrderBuckets(let index), .sqlite):
            // The FTS5 table gains its bucket column: rebuilt, and filled again from the rows.
            // The counts are a table and triggers of their own, which this leaves as they are.
            guard index.sqliteBuckets != nil else { break }
            try connection.executeScript(index.dropSQLite())
            try connection.executeScript(index.createSQLite())
        case (.createSearchOrderBuckets(let index), .postgres):
            try connection.executeScript(SearchIndex.postgresBucketExtension)
            guard try connection.scalar(index.postgresBucketsOrderable(), as: Bool.self) == true else { break }
            let trigram = try extensionSchema("pg_trgm", on: connection)
            try connection.executeScript(index.createPostgresOrderBuckets(trigramSchema: trigram))
        }
    }

    /// The SQLite counts, made from the table's columns as they are now.
    private func createSQLiteCounts(_ index: SearchIndex, on connection: any SQLConnection) throws {
        let columns = try connection.rows(index.sqliteTableColumns()) {
            SearchIndex.SQLiteColumn(name: try $0.decode("name", as: String.self), type: try $0.decode("type", as: String.self))
        }
        guard !columns.isEmpty else { throw StorageError(.configuration, "search index \(index.name): no table \(index.table) to count") }
        try connection.executeScript(index.createSQLiteCounts(tableColumns: columns))
    }

    private func extensionSchema(_ name: String, on connection: any SQLConnection) throws -> String {
        let sql: SQL = "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = \(name)"
        guard let schema = try connection.scalar(sql, as: String.self) else {
            throw StorageError(.configuration, "the PostgreSQL extension \(name) is not installed; it ships with PostgreSQL's contrib modules")
        }
        return schema
    }
}

/// A module's migrations, in version order.
package struct ModuleMigrations: Sendable {
    package let module: String
    package let migrations: [Migration]

    package init(module: String, migrations: [Migration]) {
        precondition(!module.isEmpty, "a module needs a name")
        let versions = migrations.map(\.version)
        precondition(versions == versions.sorted() && Set(versions).count == versions.count,
                     "the migrations of \(module) must have increasing, distinct versions")
        self.module = module
        self.migrations = migrations
    }
}
