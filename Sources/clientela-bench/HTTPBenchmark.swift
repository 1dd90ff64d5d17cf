import Foundation
import Gateway
import GraphQL
import HTTPServer

/// `clientela-bench http [--duration S] [--warm-up S] [--runs N] [--connections 1,16,64]
/// [--only fixed-200,W1,W2] [--event-loops N] [--pairs N]`: requests/s and p50/p99
/// latency over loopback keep-alive connections for a fixed 200 (the yardstick: the same server
/// with a handler that does nothing), W1 and W2 through the GraphQL engine, at 1, 16 and 64
/// connections, with the W1/fixed ratio (target ≥ 60%) and p99/p50 at 64 (target < 10). With
/// several runs, each run's line also gives the handler's mean time inside the server
/// (``HandlerTime``).
///
/// The ratio is measured twice: as the median of the ratios of whole runs measured side by side,
/// and as the median over `--pairs` pairs of 250 ms slices in which the same threads load the two
/// servers in turn (``AlternatingLoad``), which the host's drifting load disturbs far less.
///
/// The fixed-200 server receives the same W1 request bytes, so the two differ only by the
/// handler's work. Servers and generator share the machine's cores, as they would on one box.
enum HTTPBenchmark {
    struct Point {
        var rps: Double
        var p50: Double
        var p99: Double
    }

    static func run(arguments: [String], benchDirectory: URL) async throws {
        let duration = Duration.milliseconds(Int(1000 * (double(arguments, "--duration") ?? 3)))
        let warmUp = Duration.milliseconds(Int(1000 * (double(arguments, "--warm-up") ?? 1)))
        let runs = Int(double(arguments, "--runs") ?? 3)
        let connectionCounts = string(arguments, "--connections").map { $0.split(separator: ",").compactMap { Int($0) } } ?? [1, 16, 64]
        // `--only` takes one workload or several, comma-separated (`fixed-200,W1` for the ratio alone).
        let only = string(arguments, "--only").map { Set($0.split(separator: ",").map(String.init)) }

        let sdl = try String(contentsOf: benchDirectory.appending(component: "schema.graphql"), encoding: .utf8)
        let engine = Engine(schema: try SchemaBuilder().build([BenchSchema.module(sdl: sdl, data: BenchData())]))
        let workloads = benchDirectory.appending(component: "workloads")
        let w1 = try request(for: "w1_small", in: workloads)
        let w2 = try request(for: "w2_nested_page", in: workloads)

        let loops = Int(double(arguments, "--event-loops") ?? Double(HTTPServerConfiguration.coreCount))
        // The gateway's own handler, as `clientela serve` runs it (content negotiation, request
        // ids, metrics, the access log), with every request admitted as `OpenAccess` does.
        let metrics = ServerMetrics()
        let gateway = GatewayHandler(
            engine: engine, authenticator: OpenAccess(), readiness: { true }, metrics: metrics, accessLog: NullDeviceLog.make())
        let graphQL = HTTPServer(configuration: HTTPServerConfiguration(port: 0, eventLoops: loops), handler: gateway)
        metrics.reportOpenConnections { graphQL.statistics.openConnections }
        let fixed = HTTPServer(configuration: HTTPServerConfiguration(port: 0, eventLoops: loops), handler: FixedResponseHandler())
        let graphQLPort = try graphQL.start()
        let fixedPort = try fixed.start()

        let cases: [(name: String, port: Int, request: [UInt8])] = [
            ("fixed-200", fixedPort, w1),
            ("W1", graphQLPort, w1),
            ("W2", graphQLPort, w2),
        ]
        print("HTTP over loopback, \(HTTPServerConfiguration.coreCount) cores, \(loops) event loop(s), \(runs) run(s) of \(duration) after \(warmUp) warm-up; medians across runs")
        // Connection count outermost and the cases side by side within a run, so that a fixed-200
        // figure and the W1 figure it is compared with are measured seconds apart: on a shared
        // machine the load of other processes drifts, and the ratio of neighbours drifts less.
        var points: [String: [Point]] = [:]
        var ratios: [Int: [Double]] = [:]
        var alternating: [Int: AlternatingLoad.Result] = [:]
        let pairs = Int(double(arguments, "--pairs") ?? 12)
        for connections in connectionCounts {
            for run in 1...runs {
                var runPoints: [String: Point] = [:]
                for (name, port, request) in cases where only?.contains(name) ?? true {
                    let generator = LoadGenerator(port: port, request: request, connections: connections, warmUp: warmUp, duration: duration)
                    let handledBefore = HandlerTime(metrics)
                    let result = try await generator.run()
                    let handler = name == "fixed-200" ? nil : HandlerTime(metrics).microsecondsPerRequest(since: handledBefore)
                    let point = Point(rps: result.requestsPerSecond, p50: result.p50, p99: result.p99)
                    points["\(name)/\(connections)", default: []].append(point)
                    runPoints[name] = point
                    if runs > 1 {
                        let handlerText = handler.map { ", handler \(format($0)) µs" } ?? ""
                        print("  run \(run) \(name) ×\(connections): \(format(point.rps)) req/s, p50 \(format(point.p50)) µs, p99 \(format(point.p99)) µs\(handlerText)")
                    }
                }
                if let w1Point = runPoints["W1"], let fixedPoint = runPoints["fixed-200"] {
                    ratios[connections, default: []].append(w1Point.rps / fixedPoint.rps)
                }
            }
            if only?.isSuperset(of: ["fixed-200", "W1"]) ?? true, pairs > 0 {
                let load = AlternatingLoad(
                    ports: (fixedPort, graphQLPort), request: w1, connections: connections, warmUpPairs: 2, pairs: pairs,
                    slice: .milliseconds(250))
                let result = try await load.run()
                alternating[connections] = result
                print("  alternating ×\(connections): fixed-200 \(format(result.firstRequestsPerSecond)) req/s, W1 \(format(result.secondRequestsPerSecond)) req/s")
            }
        }

        print("workload    conns      req/s    p50 µs    p99 µs  p99/p50")
        var medians: [String: Point] = [:]
        for (name, _, _) in cases where only?.contains(name) ?? true {
            for connections in connectionCounts {
                let samples = points["\(name)/\(connections)"] ?? []
                let point = Point(rps: median(samples.map(\.rps)), p50: median(samples.map(\.p50)), p99: median(samples.map(\.p99)))
                medians["\(name)/\(connections)"] = point
                print(
                    name.padding(toLength: 10, withPad: " ", startingAt: 0),
                    String(connections).leftPadded(to: 6),
                    format(point.rps).leftPadded(to: 10),
                    format(point.p50).leftPadded(to: 9),
                    format(point.p99).leftPadded(to: 9),
                    format(point.p99 / max(point.p50, 0.001)).leftPadded(to: 8)
                )
            }
        }
        print("")
        for connections in connectionCounts {
            if let result = alternating[connections] {
                let sorted = result.pairRatios.sorted()
                let spread = sorted.isEmpty ? "" : ", middle half \(format(100 * sorted[sorted.count / 4]))–\(format(100 * sorted[(3 * sorted.count) / 4]))%"
                print(
                    "W1 / fixed-200 at \(connections) connection(s): \(format(100 * result.medianRatio))% "
                        + "(median of \(sorted.count) alternating slice pairs\(spread); target ≥ 60%)")
            }
            if let values = ratios[connections] {
                let text = values.map { format(100 * $0) + "%" }.joined(separator: ", ")
                print("  whole runs side by side: \(format(100 * median(values)))% (median of \(text))")
            }
        }
        if let w1Point = medians["W1/64"] {
            print("W1 p99/p50 at 64 connections: \(format(w1Point.p99 / w1Point.p50)) (target < 10)")
        }
        await graphQL.shutdown(gracePeriod: .seconds(1))
        await fixed.shutdown(gracePeriod: .seconds(1))
    }

    /// The bytes of a `POST /graphql` carrying one workload as JSON.
    private static func request(for name: String, in directory: URL) throws -> [UInt8] {
        let body = try GatewayWorkload.jsonBody(for: name, in: directory)
        let head = "POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Accept: application/graphql-response+json\r\nContent-Length: \(body.count)\r\n\r\n"
        return Array(head.utf8) + body
    }

    private static func double(_ arguments: [String], _ flag: String) -> Double? {
        string(arguments, flag).flatMap(Double.init)
    }

    private static func string(_ arguments: [String], _ flag: String) -> String? {
        guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }

    private static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        return values.sorted()[values.count / 2]
    }

    private static func format(_ value: Double) -> String {
        EngineBenchmark.format(value)
    }
}
