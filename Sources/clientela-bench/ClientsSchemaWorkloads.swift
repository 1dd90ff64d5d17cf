import Foundation
import Gateway
import GraphQL
import Storage
import Tenancy

/// The parts of `clientela-bench clients` that go through the composed schema: W2 with its
/// statement count, and `createClient` mutations per second.
struct ClientsSchemaWorkloads {
    let world: ClientsBenchWorld
    let benchDirectory: URL

    func run() async throws {
        let engine = Engine(schema: try ClientelaSchema.build())
        let context = AccessContext(caller: Caller(world.owner)!, requestId: "bench", database: world.database)
        try await nestedPage(engine, context)
        try await createClients(engine, context)
    }

    private func nestedPage(_ engine: Engine, _ context: AccessContext) async throws {
        let workloads = benchDirectory.appending(component: "workloads")
        let query = try String(contentsOf: workloads.appending(component: "w2_nested_page.graphql"), encoding: .utf8)
        let variablesText = try String(contentsOf: workloads.appending(component: "w2_nested_page.variables.json"), encoding: .utf8)
        guard case .object(let variables) = try JSONReader.parse(variablesText) else { throw BenchmarkError("W2's variables are not an object") }
        let request = GraphQLRequest(query: query, variables: variables)
        let counter = StatementCounter()
        let first = await StatementCounter.$current.withValue(counter) { await engine.execute(request, context: context) }
        guard first.errors.isEmpty else { throw BenchmarkError("W2 failed: \(first.errors)") }
        let rows = first.data?["clients"]?["data"]?.listValue?.count ?? 0
        let time = await Timing.median(minimumRuns: 20, budget: .seconds(3)) { _ = await engine.execute(request, context: context) }
        StorageReport.line("W2 nested page", StorageReport.format(time),
                           "(\(rows) clients, \(counter.value) statements, through ClientelaSchema as ORG_OWNER)")
    }

    private func createClients(_ engine: Engine, _ context: AccessContext) async throws {
        var number = 0
        func request() -> GraphQLRequest {
            number += 1
            let tag = "\(UInt64(Date().timeIntervalSince1970 * 1000))-\(number)"
            return GraphQLRequest(query: """
                mutation { createClient(input: {firstName: "Bench", lastName: "Mutación \(tag)", email: "bench.\(tag)@example.mx",
                  phone: "+52 55 5555 0000", type: INDIVIDUAL, acquisitionSource: DIRECT}) { id refid } }
                """)
        }
        let probe = await engine.execute(request(), context: context)
        guard probe.errors.isEmpty else { throw BenchmarkError("createClient failed: \(probe.errors)") }
        let time = await Timing.median(minimumRuns: 200, budget: .seconds(3)) {
            let response = await engine.execute(request(), context: context)
            precondition(response.errors.isEmpty, "createClient failed: \(response.errors)")
        }
        StorageReport.line("createClient (schema)", String(format: "%.0f mutations/s", 1_000_000 / time.microseconds),
                           "(median \(StorageReport.format(time)) each, one transaction each)")
    }
}
