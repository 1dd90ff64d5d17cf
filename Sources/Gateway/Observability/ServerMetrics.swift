import Synchronization

/// The counters `/metrics` reports: requests by route and status, errors by code, latency per
/// route, requests in flight, storage statements. Shared by every connection's task.
///
/// Counters that change on every request are atomics: requests by status and the latency
/// histogram of each route the gateway knows (``Route`` and `refused`) sit in one fixed table of
/// ``AtomicCounters``, so a request takes no lock and hashes no string. What cannot be laid out in
/// advance (error codes, a route label or status outside that table) lives in keyed tables behind
/// one mutex, held only to update or copy them (never while formatting or doing I/O).
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
    /// Per counted route, in ``countedRoutes`` order: a request count per status in
    /// ``countedStatuses``, then the latency buckets (one per bound and `+Inf`, not cumulative),
    /// then the latency sum in nanoseconds.
    private let routeCounters: AtomicCounters
    private let routeStride: Int
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
        routeStride = Self.countedStatuses.count + latencyBounds.count + 2
        routeCounters = AtomicCounters(count: Self.countedRoutes.count * routeStride)
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
        let (wholeSeconds, attoseconds) = observation.duration.components
        let seconds = Double(wholeSeconds) + Double(attoseconds) / 1e18
        let bounds = latencyBounds
        if let route = Self.countedRoutes.firstIndex(of: observation.route) {
            let base = route * routeStride
            var bucket = 0
            while bucket < bounds.count, seconds > bounds[bucket] { bucket += 1 }
            routeCounters.add(1, at: base + Self.countedStatuses.count + bucket)
            let nanoseconds = wholeSeconds &* 1_000_000_000 &+ attoseconds / 1_000_000_000
            routeCounters.add(Int(truncatingIfNeeded: nanoseconds), at: base + Self.countedStatuses.count + bounds.count + 1)
            if Self.countedStatuses.contains(observation.status) {
                routeCounters.add(1, at: base + observation.status - Self.countedStatuses.lowerBound)
            } else {
                tables.withLock { $0.requests[RequestKey(route: observation.route, status: observation.status), default: 0] += 1 }
            }
        } else {
            tables.withLock { tables in
                tables.requests[RequestKey(route: observation.route, status: observation.status), default: 0] += 1
                tables.latency[observation.route, default: LatencyHistogram(bounds: bounds)].observe(seconds)
            }
        }
        if !observation.errorCodes.isEmpty {
            tables.withLock { tables in
                for code in observation.errorCodes {
                    tables.errors[code, default: 0] += 1
                }
            }
        }
    }

    package var requestsInFlight: Int { inFlight.load(ordering: .relaxed) }

    /// Statements run by the requests recorded so far.
    package var requestStatements: Int { statements.load(ordering: .relaxed) }

    /// The route labels whose counts live in ``routeCounters``: every label ``Route`` gives, and
    /// `refused` for the server's own refusals.
    static let countedRoutes: [String] = Route.allCases.map(\.label) + ["refused"]
    /// The statuses counted without the lock: every status code HTTP defines.
    static let countedStatuses = 100...599

    /// Every count so far in the keyed form the exposition writes: the locked tables' copy with
    /// the atomic counters added. The counters are read one by one while requests go on, so two
    /// series may be a request apart; a histogram's `+Inf` count is always the sum of its buckets.
    var snapshot: Tables {
        var snapshot = tables.withLock { $0 }
        let statuses = Self.countedStatuses
        for (routeIndex, route) in Self.countedRoutes.enumerated() {
            let base = routeIndex * routeStride
            for status in statuses {
                let count = routeCounters.value(at: base + status - statuses.lowerBound)
                if count > 0 { snapshot.requests[RequestKey(route: route, status: status), default: 0] += count }
            }
            let buckets = (0...latencyBounds.count).map { routeCounters.value(at: base + statuses.count + $0) }
            guard buckets.contains(where: { $0 > 0 }) else { continue }
            let nanoseconds = routeCounters.value(at: base + statuses.count + latencyBounds.count + 1)
            snapshot.latency[route] = LatencyHistogram(bounds: latencyBounds, counts: buckets, sum: Double(nanoseconds) / 1e9)
        }
        return snapshot
    }
}
