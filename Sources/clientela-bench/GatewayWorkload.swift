import Foundation
import Gateway
import GraphQL
import HTTPServer

/// One workload sent as `POST /graphql`, and the gateway that answers it in process over the
/// benchmark schema: what `profile-gateway` and its `--stages` share.
struct GatewayWorkload {
    let engine: Engine
    let gateway: GatewayHandler
    /// `{"query": …, "variables": …}`, as a client sends it.
    let body: [UInt8]
    let request: HTTPRequest

    init(_ name: String, benchDirectory: URL) throws {
        let sdl = try String(contentsOf: benchDirectory.appending(component: "schema.graphql"), encoding: .utf8)
        engine = Engine(schema: try SchemaBuilder().build([BenchSchema.module(sdl: sdl, data: BenchData())]))
        gateway = GatewayHandler(
            engine: engine, authenticator: OpenAccess(), readiness: { true }, metrics: ServerMetrics(), accessLog: NullDeviceLog.make())
        body = try Self.jsonBody(for: name, in: benchDirectory.appending(component: "workloads"))
        request = HTTPRequest(
            method: "POST", target: "/graphql",
            headers: ["Host": "127.0.0.1", "Content-Type": "application/json", "Accept": "application/graphql-response+json"],
            body: body, remoteAddress: "127.0.0.1:1")
    }

    /// The JSON body of a `POST /graphql` carrying the workload `name` of `directory` (its
    /// `.graphql` document and `.variables.json`).
    static func jsonBody(for name: String, in directory: URL) throws -> [UInt8] {
        let query = try String(contentsOf: directory.appending(component: "\(name).graphql"), encoding: .utf8)
        let variables = try String(contentsOf: directory.appending(component: "\(name).variables.json"), encoding: .utf8)
        return Array("{\"query\":\(JSONWriter.quoted(query)),\"variables\":\(variables.trimmingCharacters(in: .whitespacesAndNewlines))}".utf8)
    }
}
