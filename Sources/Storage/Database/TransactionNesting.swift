/// The transaction logic both drivers share: a transaction at depth 0, savepoints inside it.
///
/// A connection keeps the depth and supplies the command runner; this runs `work` between the
/// opening and closing commands, rolls back on error and rethrows the first error (a failure of
/// the rollback itself is secondary and dropped).
enum TransactionNesting {
    static func run<T>(
        depth: inout Int,
        begin: String,
        command: (String) throws -> Void,
        _ work: () throws -> T
    ) throws -> T {
        let level = depth
        let name = "clientela_sp\(level)"
        try command(level == 0 ? begin : "SAVEPOINT \(name)")
        depth += 1
        let result: T
        do {
            result = try work()
        } catch {
            depth -= 1
            rollBack(level: level, name: name, command: command)
            throw error
        }
        depth -= 1
        do {
            try command(level == 0 ? "COMMIT" : "RELEASE SAVEPOINT \(name)")
        } catch {
            rollBack(level: level, name: name, command: command)
            throw error
        }
        return result
    }

    private static func rollBack(level: Int, name: String, command: (String) throws -> Void) {
        if level == 0 {
            try? command("ROLLBACK")
        } else {
            try? command("ROLLBACK TO SAVEPOINT \(name)")
            try? command("RELEASE SAVEPOINT \(name)")
        }
    }
}
