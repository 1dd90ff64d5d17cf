import Gateway
import GraphQL
import HTTPServer
import Storage
import Synchronization

/// A ``GatewayHandler`` over a small schema backed by a real in-memory SQLite database, with the
/// log lines captured and the metrics at hand, and helpers that build requests as clients send
/// them.
///
/// The schema has what each HTTP rule needs to be observed:
/// - `hello(name:)`: a plain query field;
/// - `storedNotes`: reads the database (one statement), for the statement counts;
/// - `failing`: a field error (NOT_FOUND), for partial success;
/// - `broken`: an internal error whose real text must stay in the log;
/// - `addNote(text:)`: a mutation that inserts a row, so a test can prove it never ran.
struct GatewayHarness {
    static let sdl = """
        type Query {
          hello(name: String): String!
          storedNotes: Int!
          failing: String
          broken: String
        }
        type Mutation {
          addNote(text: String!): Int!
        }
        """

    /// The text the internal error carries, which must never reach a caller.
    static let internalErrorText = "disk /var/lib/clientela/db.sqlite is on fire"

    let handler: GatewayHandler
    let metrics: ServerMetrics
    let log: LogCapture
    let database: any SQLDatabase

    /// - Parameters:
    ///   - limits: The engine's limits; the default allows ten fields, so QUERY_TOO_COMPLEX is
    ///     easy to reach.
    static func make(
        authenticator: any RequestAuthenticator = OpenAccess(),
        ready: Bool = true,
        limits: ExecutionLimits = ExecutionLimits(maxFields: 10),
        engineHook: InternalErrorHandler? = nil
    ) async throws -> GatewayHarness {
        let database = try await DatabaseConfiguration(url: ":memory:").open()
        try await database.write { connection in
            _ = try connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        }
        var module = SchemaModule(name: "test", sdl: sdl)
        module.resolve("Query", "hello", .sync { _, arguments, _ in .string("Hello, \(arguments.string("name") ?? "world")!") })
        module.resolve("Query", "storedNotes", .async { _, _, _ in
            .int(try await database.read { connection in try connection.scalar("SELECT count(*) FROM notes", as: Int.self) ?? 0 })
        })
        module.resolve("Query", "failing", .sync { _, _, _ in throw ResolverError("No such thing.", code: .notFound) })
        module.resolve("Query", "broken", .sync { _, _, _ in throw HarnessFailure(detail: internalErrorText) })
        module.resolve("Mutation", "addNote", .async { _, arguments, _ in
            let text = arguments.string("text") ?? ""
            return .int(try await database.write { connection in
                _ = try connection.execute("INSERT INTO notes (text) VALUES (\(text))")
                return try connection.scalar("SELECT count(*) FROM notes", as: Int.self) ?? 0
            })
        })
        let schema = try SchemaBuilder().build([module])
        let metrics = ServerMetrics(databaseStatements: { database.statementsExecuted })
        let log = LogCapture()
        let handler = GatewayHandler(
            engine: Engine(schema: schema, limits: limits, onInternalError: engineHook),
            authenticator: authenticator,
            readiness: { ready },
            metrics: metrics,
            accessLog: AccessLog { log.append($0) })
        return GatewayHarness(handler: handler, metrics: metrics, log: log, database: database)
    }

    /// Rows in `notes`: how many times `addNote` really ran.
    func notesCount() async throws -> Int {
        try await database.read { connection in try connection.scalar("SELECT count(*) FROM notes", as: Int.self) ?? 0 }
    }

    /// A POST to `/graphql` with `body` as its bytes.
    func post(
        _ body: String,
        contentType: String? = "application/json",
        accept: String? = nil,
        headers extra: [(String, String)] = []
    ) async -> HTTPResponse {
        var headers = HTTPHeaders(extra)
        if let contentType { headers.add("Content-Type", contentType) }
        if let accept { headers.add("Accept", accept) }
        return await handler.handle(HTTPRequest(method: "POST", target: "/graphql", headers: headers, body: Array(body.utf8)))
    }

    /// A POST of a JSON object built from `fields`.
    func post(json fields: [(String, Value)], accept: String? = nil, headers: [(String, String)] = []) async -> HTTPResponse {
        await post(JSONWriter.text(of: .object(OrderedObject(fields))), accept: accept, headers: headers)
    }

    /// A GET (or another method) of `/graphql` with `parameters` percent-encoded in the query.
    func get(
        _ parameters: [(String, String)],
        method: String = "GET",
        accept: String? = nil,
        headers extra: [(String, String)] = []
    ) async -> HTTPResponse {
        var headers = HTTPHeaders(extra)
        if let accept { headers.add("Accept", accept) }
        let query = parameters.map { "\(Self.percentEncode($0.0))=\(Self.percentEncode($0.1))" }.joined(separator: "&")
        return await handler.handle(HTTPRequest(method: method, target: "/graphql?" + query, headers: headers))
    }

    /// A request with no body to any target.
    func request(_ method: String, _ target: String, headers: [(String, String)] = []) async -> HTTPResponse {
        await handler.handle(HTTPRequest(method: method, target: target, headers: HTTPHeaders(headers)))
    }

    /// Every byte but the unreserved ones as `%XX`.
    static func percentEncode(_ text: String) -> String {
        var encoded = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                encoded.append(Character(Unicode.Scalar(byte)))
            default:
                let digits = Array("0123456789ABCDEF")
                encoded += "%\(digits[Int(byte >> 4)])\(digits[Int(byte & 0xF)])"
            }
        }
        return encoded
    }
}

/// The internal error `broken` throws: a text that must reach the log and never the caller.
struct HarnessFailure: Error, CustomStringConvertible {
    var detail: String
    var description: String { "HarnessFailure: \(detail)" }
}

/// The lines an ``AccessLog`` sink received, in order.
final class LogCapture: Sendable {
    private let lines = Mutex<[String]>([])

    func append(_ line: String) {
        lines.withLock { $0.append(line) }
    }

    var all: [String] { lines.withLock { $0 } }

    /// Each line read back as a JSON object.
    var objects: [Value] { all.compactMap { try? JSONReader.parse($0) } }

    /// The request lines (not the internal-error ones).
    var requests: [Value] { objects.filter { $0["event"] == "request" } }
}

extension HTTPResponse {
    /// The body read as JSON; nil when it is not JSON.
    var json: Value? { try? JSONReader.parse(body) }

    /// The `extensions.code` of each error in the body.
    var errorCodes: [String] {
        json?["errors"]?.listValue?.compactMap { $0["extensions"]?["code"]?.stringValue } ?? []
    }

    var text: String { String(decoding: body, as: UTF8.self) }
}
