/// Every failure of the storage layer: what went wrong, in which backend's terms, and on which SQL.
///
/// Repositories look at ``violation`` to turn a broken constraint into a domain error (a unique
/// violation of `clients_email_unique` becomes DUPLICATE_EMAIL); everything else is an internal
/// error for the HTTP layer to log. The description carries the SQL text with placeholders but
/// never the bound values, which may be personal data.
package struct StorageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where the failure comes from.
    package enum Code: Sendable, Equatable {
        /// An SQLite result code, extended (`SQLITE_CONSTRAINT_UNIQUE` is 2067).
        case sqlite(Int32)
        /// A PostgreSQL SQLSTATE (`23505` is unique_violation).
        case postgres(sqlState: String)
        /// The server could not be reached or refused the connection.
        case connectionFailed
        /// The connection broke while in use; the pool replaces it.
        case connectionLost
        /// The database was closed; nothing more can run on it.
        case closed
        /// A column did not decode as the requested type.
        case decoding
        /// The database's migrations do not match the code's; it was left untouched.
        case migrationRefused
        /// A database URL or option that cannot be used.
        case configuration
        /// A request the storage layer cannot run as given: a search cursor of the wrong shape,
        /// a page size below 1.
        case invalidArgument
    }

    package let code: Code
    package let message: String
    /// The statement that failed, with placeholders, when there was one.
    package let sql: String?
    /// The constraint that a write broke, when that is what happened.
    package let violation: ConstraintViolation?

    package init(_ code: Code, _ message: String, sql: String? = nil, violation: ConstraintViolation? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
        self.violation = violation
    }

    package var description: String {
        var text = "\(code): \(message)"
        if let sql { text += " while executing `\(sql)`" }
        return text
    }

    /// True when a unique constraint or index with this name was violated, the usual test in a
    /// repository: `catch let error as StorageError where error.isUniqueViolation("clients_email_unique")`.
    package func isUniqueViolation(_ constraint: String) -> Bool {
        violation == .unique(constraint: constraint)
    }
}
