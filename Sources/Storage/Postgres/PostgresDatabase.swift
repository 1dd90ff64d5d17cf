/// The backend for deployments that outgrow one machine: a pool of libpq connections.
///
/// It speaks PostgreSQL's wire protocol through the system's libpq, so the same driver works
/// with PostgreSQL-compatible distributed engines. A connection that drops is replaced: the pool
/// opens a new one for the next unit of work, and a unit whose very first command met the dead
/// connection runs again once on a fresh connection (nothing of it had happened yet, and a read
/// cannot write).
package final class PostgresDatabase: SQLDatabase {
    package let configuration: PostgresConfiguration
    private let pool: ConnectionPool<PostgresConnection>
    private let total = StatementCounter()

    package var dialect: SQLDialect { .postgres }
    package var statementsExecuted: Int { total.value }

    /// Connects once, so that a wrong URL or an unreachable server fails at start-up.
    ///
    /// - Throws: ``StorageError`` with code ``StorageError/Code/connectionFailed``.
    package init(_ configuration: PostgresConfiguration) async throws {
        self.configuration = configuration
        let total = self.total
        pool = ConnectionPool(
            capacity: configuration.poolSize,
            name: "postgres",
            open: { try PostgresConnection(configuration: configuration, totalCounter: total) },
            shutdown: { $0.close() }
        )
        pool.release(try await pool.lease(), reusable: true)
    }

    @discardableResult
    package func read<T: Sendable>(_ work: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        try await run(writable: false) { connection in try work(connection) }
    }

    @discardableResult
    package func write<T: Sendable>(_ work: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T {
        try await run(writable: true) { connection in try connection.transaction { try work(connection) } }
    }

    package func close() async {
        await pool.close()
    }

    private func run<T: Sendable>(writable: Bool, _ work: @escaping @Sendable (PostgresConnection) throws -> T) async throws -> T {
        let counter = StatementCounter.current
        var attempt = 0
        while true {
            attempt += 1
            let lease = try await pool.lease()
            do {
                let result = try await lease.connection.interrupter.run(on: pool.executor) {
                    let connection = lease.connection
                    connection.begin(counter: counter, writable: writable)
                    defer { connection.end() }
                    return try work(connection)
                }
                pool.release(lease, reusable: !lease.connection.isBroken)
                return result
            } catch let error as StorageError where error.code == .connectionLost && attempt == 1 && lease.connection.succeededCommands == 0 {
                pool.release(lease, reusable: false)
            } catch {
                pool.release(lease, reusable: !lease.connection.isBroken)
                throw error
            }
        }
    }
}
