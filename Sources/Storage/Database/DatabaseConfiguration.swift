/// Which database to open, from the `--database` URL of the command line.
///
/// - `postgres://…` or `postgresql://…`: PostgreSQL (see ``PostgresConfiguration``);
/// - `sqlite::memory:` or `:memory:`: a private in-memory SQLite database;
/// - `sqlite:PATH`, `sqlite://PATH` or a plain path: an SQLite file, created when missing.
package enum DatabaseConfiguration: Sendable, Equatable, CustomStringConvertible {
    case sqlite(SQLiteConfiguration)
    case postgres(PostgresConfiguration)

    /// - Throws: ``StorageError`` with code ``StorageError/Code/configuration`` for an empty path
    ///   or a PostgreSQL URL that libpq rejects.
    package init(url: String) throws {
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            self = .postgres(try PostgresConfiguration(url: url))
            return
        }
        var path = Substring(url)
        if path.hasPrefix("sqlite://") {
            path = path.dropFirst("sqlite://".count)
        } else if path.hasPrefix("sqlite:") {
            path = path.dropFirst("sqlite:".count)
        }
        guard !path.isEmpty else {
            throw StorageError(.configuration, "the database URL names no file")
        }
        self = .sqlite(path == ":memory:" ? .memory : .file(String(path)))
    }

    /// Opens the database.
    ///
    /// - Throws: ``StorageError`` when it cannot be opened or reached.
    package func open() async throws -> any SQLDatabase {
        switch self {
        case .sqlite(let configuration): try await SQLiteDatabase(configuration)
        case .postgres(let configuration): try await PostgresDatabase(configuration)
        }
    }

    /// The database for logs: the SQLite path, or the PostgreSQL URL without its password.
    package var description: String {
        switch self {
        case .sqlite(let configuration):
            switch configuration.location {
            case .memory: "sqlite::memory:"
            case .file(let path): "sqlite:\(path)"
            }
        case .postgres(let configuration):
            configuration.redactedURL
        }
    }
}
