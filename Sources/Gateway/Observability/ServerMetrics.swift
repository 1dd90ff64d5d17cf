import Synchronization

/// The counters `/metrics` reports: requests by route and status, errors by code, latency per
/// route, requests in flight, storage statements. Shared by every connection's task.
///
/// Counters that change on every request and are read alone are atomics; the keyed tables live
/// behind one mutex, held only to update or copy them (never while formatting or doing I/O).
package final class ServerMetrics: Sendable {
    /// One finished request, as the metrics see it.
    package struct Observation: Sendable, Hashable {
        package var route: String
        package var status: Int
        /// The `extensions.code` of every error in the response, one entry per error.
        package var errorCodes: [String]
        package var duration: Duration
        /// Storage statements the request ran.
        package var statements: Int

        package init(route: String, status: Int, errorCodes: [String] = [], duration: Duration, statements: Int = 0) {
            self.route = route
            self.status = status
            self.errorCodes = errorCodes
            self.duration = duration
            self.statements = statements
        }
    }

    struct RequestKey: Hashable, Comparable {
        var route: String
        var status: Int

        static func < (lhs: RequestKey, rhs: RequestKey) -> Bool {
            (lhs.route, lhs.status) < (rhs.route, rhs.status)
        }
    }

    struct Tables: Sendable {
        var requests: [RequestKey: Int] = [:]
        var errors: [String: Int] = [:]
        var latency: [String: LatencyHistogram] = [:]
    }

    private let tables = Mutex(Tables())
    private let inFlight = Atomic<Int>(0)
    private let statements = Atomic<Int>(0)
    let latencyBounds: [Double]
    private let sources = Mutex(Sources())

    /// Counts read from their owners at each scrape.
    struct Sources: Sendable {
        /// The database's own count since it opened (migrations and background work included).
        var databaseStatements: (@Sendable () -> Int)?
        /// The server's open connections, when it reports them.
        var openConnections: (@Sendable () -> Int)?
    }

    /// - Parameters:
    ///   - databaseStatements: Reads ``SQLDatabase/statementsExecuted``, when there is a database.
    ///   - openConnections: Reads the HTTP server's open-connection count, when it exposes one.
    package init(
        latencyBounds: [Double] = LatencyHistogram.defaultBounds,
        databaseStatements: (@Sendable () -> Int)? = nil,
        openConnections: (@Sendable () -> Int)? = nil
    ) {
        self.latencyBounds = latencyBounds
        sources.withLock { $0 = Sources(databaseStatements: databaseStatements, openConnections: openConnections) }
    }

    /// Reports the HTTP server's open connections from now on.
    ///
    /// A setter rather than only an `init` parameter because the server is made after its
    /// handler, which holds these metrics: `metrics.reportOpenConnections { server.statistics.openConnections }`.
    package func reportOpenConnections(_ count: @escaping @Sendable () -> Int) {
        sources.withLock { $0.openConnections = count }
    }

    /// Reports the database's own statement count from now on.
    package func reportDatabaseStatements(_ count: @escaping @Sendable () -> Int) {
        sources.withLock { $0.databaseStatements = count }
    }

    /// The count readers, copied out so they are called without the lock held.
    var countSources: Sources { sources.withLock { $0 } }

    /// Counts a request as in flight until ``requestFinished(_:)``.
    package func requestStarted() {
        inFlight.add(1, ordering: .relaxed)
    }

    /// Records a request that ``requestStarted()`` counted, and ends its in-flight count.
    package func requestFinished(_ observation: Observation) {
        inFlight.subtract(1, ordering: .relaxed)
        record(observation)
    }

    /// Records a response that was never in flight (one the server refused before reading it).
    package func record(_ observation: Observation) {
        statements.add(observation.statements, ordering: .relaxed)
        let seconds = Double(observation.duration.components.seconds) + Double(observation.duration.components.attoseconds) / 1e18
        let bounds = latencyBounds
        tables.withLock { tables in
            tables.requests[RequestKey(route: observation.route, status: observation.status), default: 0] += 1
            for code in observation.errorCodes {
                tables.errors[code, default: 0] += 1
            }
            tables.latency[observation.route, default: LatencyHistogram(bounds: bounds)].observe(seconds)
        }
    }

    package var requestsInFlight: Int { inFlight.load(ordering: .relaxed) }

    /// Statements run by the requests recorded so far.
    package var requestStatements: Int { statements.load(ordering: .relaxed) }

    /// A copy of the keyed tables, taken under the lock.
    var snapshot: Tables { tables.withLock { $0 } }
}
