#if canImport(Glibc)
import Glibc
#endif
import Gateway
import GraphQL
import HTTPServer
import Storage
import Synchronization
import Crypto
import Tenancy

/// `clientela serve`: the database, the engine, the gateway's handler and the HTTP server, until
/// a signal stops them.
///
/// Start-up, in order: read the identity provider's settings from the environment
/// (``Tenancy/IdentityProviderSettings``), open the database (an SQLite file is created), apply
/// the pending migrations, run the first-start bootstrap (``Tenancy/SuperAdminBootstrap``), build
/// the schema and the engine, bind the port, then print the startup line, followed on the first
/// start of an empty database by the administrator's token and a `curl` line using it (printed
/// once: every later start finds a user and prints nothing of the kind). Each step that fails is
/// one line on standard error and exit status 1, with what was opened closed.
///
/// Every `/graphql` request needs a token (``TenancyAuthenticator``); the reasons of refusals
/// join the request log on standard error.
///
/// What goes where: the startup line, the migrations applied and the shutdown lines go to
/// standard output (human lines, each written at once); the request log (one JSON object per
/// line) and every error go to standard error, so that a log collector reading standard error
/// reads JSON and errors only.
///
///     clientela 0.1.0 serving http://127.0.0.1:8080 (database ./clientela.sqlite, sqlite)
///
/// With `--port 0` the line names the port the system chose. A PostgreSQL database is named by
/// its URL with the password masked.
///
/// Stopping: the first SIGINT or SIGTERM (see ``ProcessSignals``) logs a line, lets the server
/// finish the requests in flight within the grace period, closes the database and returns
/// success. Should the server stop by itself (every event loop gone), the database is closed and
/// the status is 1, so that a supervisor restarts it.
enum ServeCommand {
    static func run(
        _ options: ServeOptions, environment: [String: String], console: any Console,
        shutdown makeShutdown: @Sendable () -> any ShutdownSignal
    ) async -> ExitCode {
        let identityProvider: JWTVerifier?
        do {
            identityProvider = try IdentityProviderSettings.verifier(environment: environment)
        } catch {
            console.errorLine("clientela: the identity provider settings cannot be used: \(error)")
            return .failure
        }
        let databaseName = options.database.displayName
        guard let database = await options.database.open(reportingTo: console) else { return .failure }
        do {
            let applied = try await ClientelaMigrations.migrator().migrate(database)
            for record in applied {
                console.line("applied \(record.module) \(record.version) \"\(record.name)\"")
            }
        } catch {
            console.errorLine("clientela: migrating the database \(databaseName) failed: \(error)")
            await database.close()
            return .failure
        }
        let firstStart: SuperAdminBootstrap.Created?
        do {
            firstStart = try await SuperAdminBootstrap(database: database).run()
        } catch {
            console.errorLine("clientela: creating the first administrator in \(databaseName) failed: \(error)")
            await database.close()
            return .failure
        }
        // The signals are watched from before the port is bound, so none is lost in between.
        let shutdown = makeShutdown()
        let server: HTTPServer
        let port: Int
        do {
            (server, port) = try start(options, database: database, identityProvider: identityProvider)
        } catch {
            console.errorLine(error.description)
            await database.close()
            return .failure
        }
        console.line("clientela \(ClientelaVersion.current) serving http://\(urlHost(options.host)):\(port) (database \(databaseName), \(options.database.kindName))")
        if let firstStart {
            console.line(firstStart.message(endpoint: "http://\(urlHost(callableHost(options.host))):\(port)/graphql"))
        }

        let stop: Stop = await firstOf(
            { .signal(await shutdown.wait()) },
            { await server.waitUntilStopped(); return .serverStopped })
        switch stop {
        case .signal(let name):
            console.line("clientela: \(name) received; finishing the requests in flight (at most \(seconds(options.gracePeriod)) s)")
            await server.shutdown(gracePeriod: options.gracePeriod)
        case .serverStopped:
            console.errorLine("clientela: the HTTP server stopped on its own; closing")
        }
        // The access log writes in batches: the last requests' lines go out before the exit.
        AccessLog.standardError.flush()
        await database.close()
        console.line("clientela: stopped")
        return stop == .serverStopped ? .failure : .success
    }

    /// Why serving ended.
    private enum Stop: Sendable, Equatable {
        case signal(String)
        case serverStopped
    }

    /// Builds the engine and the handler, and starts the server.
    private static func start(
        _ options: ServeOptions, database: any SQLDatabase, identityProvider: JWTVerifier?
    ) throws(ServeError) -> (HTTPServer, Int) {
        let schema: Schema
        do {
            schema = try ClientelaSchema.build()
        } catch {
            throw ServeError("clientela: this build's schema does not build: \(error)")
        }
        let serverBox = Mutex<HTTPServer?>(nil)
        let metrics = ServerMetrics(
            databaseStatements: { database.statementsExecuted },
            openConnections: { serverBox.withLock { $0?.statistics.openConnections } ?? 0 })
        let accessLog = AccessLog.standardError
        var limits = ExecutionLimits.default
        limits.deadline = options.requestDeadline
        let handler = GatewayHandler(
            engine: Engine(schema: schema, limits: limits),
            authenticator: TenancyAuthenticator(tokens: TokenAuthenticator(database: database, jwt: identityProvider), accessLog: accessLog),
            readiness: { (try? await database.ping()) != nil },
            metrics: metrics,
            accessLog: accessLog)
        let server = HTTPServer(configuration: HTTPServerConfiguration(host: options.host, port: options.port), handler: handler)
        serverBox.withLock { $0 = server }
        do {
            return (server, try server.start())
        } catch {
            throw ServeError(listenFailure: error, host: options.host, port: options.port)
        }
    }

    /// The host as a URL writes it: an IPv6 address in brackets.
    static func urlHost(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }

    /// The host a local client calls for a server listening on `host`: the loopback address
    /// for the wildcard addresses, which no client can connect to.
    static func callableHost(_ host: String) -> String {
        switch host {
        case "0.0.0.0": "127.0.0.1"
        case "::", "[::]": "::1"
        default: host
        }
    }

    /// `10`, `2.5`, `0.001`.
    static func seconds(_ duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        let whole = milliseconds / 1000, fraction = milliseconds % 1000
        guard fraction != 0 else { return "\(whole)" }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(whole).\(digits)"
    }

    /// Runs two waits and returns the first to finish; the other is left to end on its own
    /// (both are waits that cost nothing while pending, and the process ends soon after).
    private static func firstOf<T: Sendable>(_ first: @escaping @Sendable () async -> T, _ second: @escaping @Sendable () async -> T) async -> T {
        let slot = ContinuationSlot<T>()
        return await withCheckedContinuation { continuation in
            slot.fill(continuation)
            for wait in [first, second] {
                Task { slot.resume(returning: await wait()) }
            }
        }
    }
}

/// A continuation resumed once, by whichever caller comes first.
private final class ContinuationSlot<T: Sendable>: Sendable {
    private let continuation = Mutex<CheckedContinuation<T, Never>?>(nil)

    func fill(_ continuation: CheckedContinuation<T, Never>) {
        self.continuation.withLock { $0 = continuation }
    }

    func resume(returning value: T) {
        continuation.withLock { $0.take() }?.resume(returning: value)
    }
}

/// A failure of `serve` after the database opened, with its one line.
struct ServeError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }

    /// The line for a port that cannot be bound: "already in use" said plainly.
    init(listenFailure error: HTTPServerError, host: String, port: Int) {
        let address = "\(ServeCommand.urlHost(host)):\(port)"
        if case .setup(let socketError) = error, socketError.errno == EADDRINUSE {
            self.init("clientela: cannot listen on \(address): the address is already in use (another process listens there; choose another --port)")
        } else if case .setup(let socketError) = error {
            self.init("clientela: cannot listen on \(address): \(socketError)")
        } else {
            self.init("clientela: cannot listen on \(address): \(error)")
        }
    }
}
