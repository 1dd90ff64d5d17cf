/// What ``TransactionNesting`` needs from a connection: its depth and a way to run a command.
protocol NestableTransactions: AnyObject {
    /// Transactions and savepoints open, 0 outside a transaction.
    var transactionDepth: Int { get set }
    /// Runs one of the driver's own commands (`BEGIN`, `SAVEPOINT …`), uncounted.
    func command(_ text: String) throws
}

/// The transaction logic both drivers share: a transaction at depth 0, savepoints inside it.
///
/// Runs `work` between the opening and closing commands, rolls back on error and rethrows the
/// first error (a failure of the rollback itself is secondary and dropped).
enum TransactionNesting {
    static func run<T>(on connection: some NestableTransactions, begin: String, _ work: () throws -> T) throws -> T {
        let level = connection.transactionDepth
        let name = "clientela_sp\(level)"
        try connection.command(level == 0 ? begin : "SAVEPOINT \(name)")
        connection.transactionDepth = level + 1
        let result: T
        do {
            result = try work()
        } catch {
            connection.transactionDepth = level
            rollBack(connection, level: level, name: name)
            throw error
        }
        connection.transactionDepth = level
        do {
            try connection.command(level == 0 ? "COMMIT" : "RELEASE SAVEPOINT \(name)")
        } catch {
            rollBack(connection, level: level, name: name)
            throw error
        }
        return result
    }

    private static func rollBack(_ connection: some NestableTransactions, level: Int, name: String) {
        if level == 0 {
            try? connection.command("ROLLBACK")
        } else {
            try? connection.command("ROLLBACK TO SAVEPOINT \(name)")
            try? connection.command("RELEASE SAVEPOINT \(name)")
        }
    }
}
