/// A database connection lent to one unit of work: what repositories write their SQL against.
///
/// A connection is only reachable inside the closure given to ``SQLDatabase/read(_:)`` or
/// ``SQLDatabase/write(_:)``; it is not `Sendable` and must not escape the closure. Statements are
/// ``SQL`` values, so every value is a bound parameter.
package protocol SQLConnection: AnyObject {
    /// The SQL dialect of the backend, for the rare statement that must differ.
    var dialect: SQLDialect { get }

    /// Runs a statement that returns no rows.
    ///
    /// - Returns: The number of rows the statement inserted, updated or deleted.
    /// - Throws: ``StorageError``, with ``StorageError/violation`` set when a constraint failed.
    @discardableResult
    func execute(_ sql: SQL) throws -> Int

    /// Runs a query and hands each row to `body` as it is read.
    ///
    /// SQLite steps through the rows one by one; PostgreSQL receives the whole result before the
    /// first row, so page a very large read (an export) by cursor rather than reading it at once.
    ///
    /// - Throws: ``StorageError``, or whatever `body` throws.
    func forEachRow(_ sql: SQL, _ body: (Row) throws -> Void) throws

    /// Runs `work` atomically: in a transaction, or in a savepoint when a transaction is already
    /// open, so transactions nest. Commits (or releases) when `work` returns and rolls back when
    /// it throws, rethrowing the first error.
    @discardableResult
    func transaction<T>(_ work: () throws -> T) throws -> T

    /// Runs a script of several statements without parameters, for migrations.
    ///
    /// The text comes from code (an ``SQL`` literal), like every statement.
    func executeScript(_ script: SQL) throws
}

extension SQLConnection {
    /// Every row of a query.
    package func rows(_ sql: SQL) throws -> [Row] {
        var rows: [Row] = []
        try forEachRow(sql) { rows.append($0) }
        return rows
    }

    /// Every row of a query, decoded by `decode`.
    package func rows<T>(_ sql: SQL, as decode: (Row) throws -> T) throws -> [T] {
        var values: [T] = []
        try forEachRow(sql) { values.append(try decode($0)) }
        return values
    }

    /// The first row of a query, or nil when it returns none.
    package func firstRow(_ sql: SQL) throws -> Row? {
        var first: Row?
        try forEachRow(sql) { row in
            if first == nil { first = row }
        }
        return first
    }

    /// The first column of the first row (a count, an id), or nil when there is no row.
    package func scalar<T: SQLDecodable>(_ sql: SQL, as type: T.Type = T.self) throws -> T? {
        guard let row = try firstRow(sql) else { return nil }
        return try row.decode(at: 0, as: type)
    }
}
