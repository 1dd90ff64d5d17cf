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
/// `--pause-us N` times every call alone after a pause of N µs (see ``run(_:count:pause:benchDirectory:)``).
enum GatewayStages {
    /// - Parameter pause: Microseconds to sleep before each call, each call then timed alone: the
    ///   thread's core goes idle between calls as it does in a server answering one connection,
    ///   and what a stage costs when it starts cold (caches and branch history lost while the
    ///   virtual CPU was halted) shows beside what it costs in a tight loop (`nil`).
    static func run(_ name: String, count: Int, pause: UInt32?, benchDirectory: URL) async throws {
        let workload = try GatewayWorkload(name, benchDirectory: benchDirectory)
        let engine = workload.engine, gateway = workload.gateway, body = workload.body, request = workload.request
        let parameters = try GraphQLHTTPParameters(jsonBody: body)
        guard case .success(let prepared) = engine.prepare(parameters.query) else { throw BenchmarkError("\(name) does not prepare") }
        let response = await engine.execute(prepared, operationName: parameters.operationName, variables: parameters.variables, context: UnrestrictedContext())
        _ = await gateway.handle(request)

        var samples: [String: [Double]] = [:]
        var timer = StageTimer(count: count, pause: pause)
        for _ in 0..<7 {
            samples["body", default: []].append(timer.time { (try? GraphQLHTTPParameters(jsonBody: body))?.query.utf8.count ?? 0 })
            samples["prepare", default: []].append(timer.time {
                if case .success = engine.prepare(parameters.query) { 1 } else { 0 }
            })
            samples["execute", default: []].append(await timer.time {
                await engine.execute(prepared, operationName: parameters.operationName, variables: parameters.variables, context: UnrestrictedContext()).errors.count
            })
            samples["json", default: []].append(timer.time { response.jsonBytes().count })
            samples["reqid", default: []].append(timer.time { RequestID.generate().text.utf8.count })
            let metrics = ServerMetrics()
            samples["metrics", default: []].append(timer.time {
                metrics.requestStarted()
                metrics.requestFinished(ServerMetrics.Observation(route: "/graphql", status: 200, errorCodes: [], duration: .microseconds(20), statements: 0))
                return 1
            })
            let log = NullDeviceLog.make()
            samples["log", default: []].append(timer.time {
                log.record(AccessLogEntry(
                    time: Date(), requestId: "0123456789abc", method: "POST", path: String("/graphql"), operationName: "ClientCard",
                    status: 200, duration: .microseconds(20), statements: 0, userId: nil, errorCodes: []))
                return 1
            })
            // Async bodies, as the handler's are.
            samples["locals", default: []].append(await timer.time {
                await RequestID.$current.withValue(RequestID.generate()) {
                    await StatementCounter.$current.withValue(StatementCounter()) { () async in StatementCounter.current == nil ? 0 : 1 }
                }
            })
            samples["negotiate", default: []].append(timer.time {
                ResponseMediaType.negotiate(remembering: request.headers.combinedValue("Accept")) == nil ? 0 : 1
            })
            samples["opname", default: []].append(timer.time { prepared.document.operationHeading(named: nil) == nil ? 0 : 1 })
            samples["handle", default: []].append(await timer.time { await gateway.handle(request).body.count })
        }
        if timer.sink == 42 { print("") }
        let order = ["reqid", "metrics", "log", "locals", "negotiate", "opname", "body", "prepare", "execute", "json", "handle"]
        let medians = order.map { stage in (stage, samples[stage]!.sorted()[3]) }
        for (stage, value) in medians { print(stage.padding(toLength: 10, withPad: " ", startingAt: 0), String(format: "%6.2f µs", value)) }
        let parts = medians.dropLast().reduce(0) { $0 + $1.1 }
        print("wrapping  ", String(format: "%6.2f µs", medians.last!.1 - parts))
    }
}
