import Foundation
import GraphQL

/// `clientela-bench engine`: the engine workloads of ../shared/bench against the in-memory
/// schema, with the two yardsticks measured in the same run.
enum EngineBenchmark {
    struct Workload {
        let name: String
        let text: String
        let variables: OrderedObject
    }

    static func run(benchDirectory: URL) async throws {
        let sdl = try String(contentsOf: benchDirectory.appending(component: "schema.graphql"), encoding: .utf8)
        let data = BenchData()
        let schema = try SchemaBuilder().build([BenchSchema.module(sdl: sdl, data: data)])
        let engine = Engine(schema: schema)
        let context = UnrestrictedContext()
        let workloads = try ["w1_small", "w2_nested_page", "introspection", "w4_large_document"].map {
            try load($0, from: benchDirectory.appending(component: "workloads"))
        }

        print("workload              bytes   parse µs   MB/s  validate µs  execute µs   whole µs  JSON-parse µs  parse/JSON")
        var w2Whole: Duration = .zero
        var w2Bytes: [UInt8] = []
        for workload in workloads {
            let source = Source(workload.text)
            let document = try engine.parse(source)
            let errors = engine.validate(document, source: source)
            guard errors.isEmpty else {
                throw BenchmarkError("\(workload.name) does not validate: \(errors)")
            }
            let request = GraphQLRequest(query: workload.text, variables: workload.variables)
            let check = await engine.execute(request, context: context)
            guard check.errors.isEmpty else {
                throw BenchmarkError("\(workload.name) answered with errors: \(check.errors)")
            }

            let parse = try Timing.median { _ = try engine.parse(Source(workload.text)) }
            let validate = Timing.median { _ = engine.validate(document, source: source) }
            let execute = await Timing.median {
                _ = await engine.execute(document: document, source: source, variables: workload.variables, context: context)
            }
            let whole = await Timing.median {
                _ = await engine.execute(request, context: context).jsonBytes()
            }
            let json = JSONYardstick.document(shapedLike: document, byteCount: source.bytes.count)
            let jsonParse = JSONYardstick.parseTime(json)
            let megabytesPerSecond = Double(source.bytes.count) / parse.microseconds
            print(
                workload.name.padding(toLength: 20, withPad: " ", startingAt: 0),
                pad(source.bytes.count, 7), pad(parse.microseconds, 10), pad(megabytesPerSecond, 6),
                pad(validate.microseconds, 12), pad(execute.microseconds, 11), pad(whole.microseconds, 10),
                pad(jsonParse.microseconds, 14), pad(parse.microseconds / jsonParse.microseconds, 11)
            )
            if workload.name == "w2_nested_page" {
                w2Whole = whole
                w2Bytes = check.jsonBytes()
            }
        }

        let limit = workloads.first { $0.name == "w2_nested_page" }?.variables["limit"]?.intValue ?? 100
        let handWritten = Timing.median { _ = HandWrittenResponse.w2(data, limit: limit) }
        let identical = HandWrittenResponse.w2(data, limit: limit) == w2Bytes
        print("")
        print("W2 hand-written yardstick: \(format(handWritten.microseconds)) µs for \(w2Bytes.count) bytes (same bytes as the engine's response: \(identical ? "yes" : "NO"))")
        print("W2 whole / hand-written: \(format(w2Whole.microseconds / handWritten.microseconds))× (target ≤ 3×)")
        print("parse/JSON below 1.0 means our parser is faster per byte than Foundation's JSONSerialization.")
    }

    /// Runs one workload's whole request `count` times with no timing, for a profiler
    /// (`valgrind --tool=callgrind clientela-bench profile w2_nested_page 200`).
    static func profile(_ name: String, count: Int, benchDirectory: URL) async throws {
        let sdl = try String(contentsOf: benchDirectory.appending(component: "schema.graphql"), encoding: .utf8)
        let engine = Engine(schema: try SchemaBuilder().build([BenchSchema.module(sdl: sdl, data: BenchData())]))
        let workload = try load(name, from: benchDirectory.appending(component: "workloads"))
        let request = GraphQLRequest(query: workload.text, variables: workload.variables)
        var bytes = 0
        for _ in 0..<count {
            bytes += await engine.execute(request, context: UnrestrictedContext()).jsonBytes().count
        }
        print("\(name): \(count) requests, \(bytes) response bytes")
    }

    /// Validates one workload's parsed document `count` times with no timing, for a profiler
    /// looking at validation alone (`perf record -g clientela-bench profile-validate w1_small 200000`).
    static func profileValidation(_ name: String, count: Int, benchDirectory: URL) throws {
        let sdl = try String(contentsOf: benchDirectory.appending(component: "schema.graphql"), encoding: .utf8)
        let engine = Engine(schema: try SchemaBuilder().build([BenchSchema.module(sdl: sdl, data: BenchData())]))
        let workload = try load(name, from: benchDirectory.appending(component: "workloads"))
        let source = Source(workload.text)
        let document = try engine.parse(source)
        var errors = 0
        for _ in 0..<count {
            errors += engine.validate(document, source: source).count
        }
        print("\(name): \(count) validations, \(errors) errors")
    }

    private static func load(_ name: String, from directory: URL) throws -> Workload {
        let text = try String(contentsOf: directory.appending(component: "\(name).graphql"), encoding: .utf8)
        let variablesText = try Data(contentsOf: directory.appending(component: "\(name).variables.json"))
        guard case .object(let variables) = try JSONReader.parse(Array(variablesText)) else {
            throw BenchmarkError("\(name).variables.json is not a JSON object")
        }
        return Workload(name: name, text: text, variables: variables)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        String(value).leftPadded(to: width)
    }

    private static func pad(_ value: Double, _ width: Int) -> String {
        format(value).leftPadded(to: width)
    }

    static func format(_ value: Double) -> String {
        String(format: value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value)
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
