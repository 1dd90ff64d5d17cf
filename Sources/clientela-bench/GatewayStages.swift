import Foundation
import Gateway
import GraphQL
import HTTPServer
import Storage

/// `clientela-bench profile-gateway WORKLOAD COUNT --stages`: the median time of each stage of a
/// `POST /graphql` as the gateway runs it, each in a loop of its own (a request id, the metrics,
/// an access-log entry, the two task-locals, `Accept` negotiation, choosing the operation,
/// reading the body, preparing the document from the cache, executing, writing the JSON),
/// beside the whole `GatewayHandler.handle`; what the stages leave of the whole ("wrapping") is
/// the rest of the handler's own work. For choosing where to cut, not for quoting.
enum GatewayStages {
    static func run(_ name: String, count: Int, benchDirectory: URL) async throws {
        let workload = try GatewayWorkload(name, benchDirectory: benchDirectory)
        let engine = workload.engine, gateway = workload.gateway, body = workload.body, request = workload.request
        let parameters = try GraphQLHTTPParameters(jsonBody: body)
        guard case .success(let prepared) = engine.prepare(parameters.query) else { throw BenchmarkError("\(name) does not prepare") }
        let response = await engine.execute(prepared, operationName: parameters.operationName, variables: parameters.variables, context: UnrestrictedContext())
        _ = await gateway.handle(request)

        var samples: [String: [Double]] = [:]
        let clock = ContinuousClock()
        func perCall(_ elapsed: Duration) -> Double { elapsed.microseconds / Double(count) }
        for _ in 0..<7 {
            var sink = 0
            samples["body", default: []].append(perCall(clock.measure {
                for _ in 0..<count { sink &+= (try? GraphQLHTTPParameters(jsonBody: body))?.query.utf8.count ?? 0 }
            }))
            samples["prepare", default: []].append(perCall(clock.measure {
                for _ in 0..<count { if case .success = engine.prepare(parameters.query) { sink &+= 1 } }
            }))
            let started = clock.now
            for _ in 0..<count {
                sink &+= await engine.execute(prepared, operationName: parameters.operationName, variables: parameters.variables, context: UnrestrictedContext()).errors.count
            }
            samples["execute", default: []].append(perCall(clock.now - started))
            samples["json", default: []].append(perCall(clock.measure {
                for _ in 0..<count { sink &+= response.jsonBytes().count }
            }))
            samples["reqid", default: []].append(perCall(clock.measure {
                for _ in 0..<count { sink &+= RequestID.generate().text.utf8.count }
            }))
            let metrics = ServerMetrics()
            samples["metrics", default: []].append(perCall(clock.measure {
                for _ in 0..<count {
                    metrics.requestStarted()
                    metrics.requestFinished(ServerMetrics.Observation(route: "/graphql", status: 200, errorCodes: [], duration: .microseconds(20), statements: 0))
                }
            }))
            let log = NullDeviceLog.make()
            samples["log", default: []].append(perCall(clock.measure {
                for _ in 0..<count {
                    log.record(AccessLogEntry(
                        time: Date(), requestId: "0123456789abc", method: "POST", path: String("/graphql"), operationName: "ClientCard",
                        status: 200, duration: .microseconds(20), statements: 0, userId: nil, errorCodes: []))
                }
            }))
            let locals = clock.now
            for _ in 0..<count {
                // Async bodies, as the handler's are.
                sink &+= await RequestID.$current.withValue(RequestID.generate()) {
                    await StatementCounter.$current.withValue(StatementCounter()) { () async in StatementCounter.current == nil ? 0 : 1 }
                }
            }
            samples["locals", default: []].append(perCall(clock.now - locals))
            samples["negotiate", default: []].append(perCall(clock.measure {
                for _ in 0..<count { sink &+= ResponseMediaType.negotiate(remembering: request.headers.combinedValue("Accept")) == nil ? 0 : 1 }
            }))
            samples["opname", default: []].append(perCall(clock.measure {
                for _ in 0..<count { sink &+= prepared.document.operation(named: nil) == nil ? 0 : 1 }
            }))
            let handled = clock.now
            for _ in 0..<count { sink &+= await gateway.handle(request).body.count }
            samples["handle", default: []].append(perCall(clock.now - handled))
            if sink == 42 { print("") }
        }
        let order = ["reqid", "metrics", "log", "locals", "negotiate", "opname", "body", "prepare", "execute", "json", "handle"]
        let medians = order.map { stage in (stage, samples[stage]!.sorted()[3]) }
        for (stage, value) in medians { print(stage.padding(toLength: 10, withPad: " ", startingAt: 0), String(format: "%6.2f µs", value)) }
        let parts = medians.dropLast().reduce(0) { $0 + $1.1 }
        print("wrapping  ", String(format: "%6.2f µs", medians.last!.1 - parts))
    }
}
