import Foundation

/// `clientela-bench [engine|http|storage|clients|profile] [--bench-dir DIR]`: Clientela's benchmarks, run in release mode
/// (`swift run -c release clientela-bench`). Figures are medians, with yardsticks measured in the
/// same run, because the machines are shared and noisy.
let arguments = Array(CommandLine.arguments.dropFirst())
var benchDirectory = URL(filePath: "../shared/bench")
if let index = arguments.firstIndex(of: "--bench-dir"), index + 1 < arguments.count {
    benchDirectory = URL(filePath: arguments[index + 1])
}
/// The arguments that are neither flags nor the value of `--bench-dir`, in order: the command,
/// then its own (`profile WORKLOAD COUNT`).
let positional = arguments.indices.filter { index in
    !arguments[index].hasPrefix("-") && (index == 0 || !["--bench-dir", "--tasks", "--pause-us"].contains(arguments[index - 1]))
}.map { arguments[$0] }
let command = positional.first ?? "engine"

/// The `WORKLOAD COUNT` of the profiling commands, or a usage line and exit status 2.
func workloadAndCount() -> (workload: String, count: Int) {
    guard positional.count == 3, let count = Int(positional[2]) else {
        FileHandle.standardError.write(Data("usage: clientela-bench \(command) WORKLOAD COUNT\n".utf8))
        exit(2)
    }
    return (positional[1], count)
}

do {
    switch command {
    case "engine":
        try await EngineBenchmark.run(benchDirectory: benchDirectory)
    case "http":
        try await HTTPBenchmark.run(arguments: arguments, benchDirectory: benchDirectory)
    case "storage":
        try await StorageBenchmark.run(arguments: Array(arguments.drop { $0 != "storage" }.dropFirst()))
    case "clients":
        try await ClientsBenchmark.run(arguments: Array(arguments.drop { $0 != "clients" }.dropFirst()), benchDirectory: benchDirectory)
    case "profile":
        let (workload, count) = workloadAndCount()
        try await EngineBenchmark.profile(workload, count: count, benchDirectory: benchDirectory)
    case "profile-gateway":
        let (workload, count) = workloadAndCount()
        let tasks = arguments.firstIndex(of: "--tasks").flatMap { $0 + 1 < arguments.count ? Int(arguments[$0 + 1]) : nil } ?? 1
        if arguments.contains("--stages") {
            let pause = arguments.firstIndex(of: "--pause-us").flatMap { $0 + 1 < arguments.count ? UInt32(arguments[$0 + 1]) : nil }
            try await GatewayStages.run(workload, count: count, pause: pause, benchDirectory: benchDirectory)
        } else {
            try await GatewayProfile.run(
                workload, count: count, tasks: max(tasks, 1), taskPerRequest: arguments.contains("--task-per-request"), benchDirectory: benchDirectory)
        }
    case "profile-validate":
        let (workload, count) = workloadAndCount()
        try EngineBenchmark.profileValidation(workload, count: count, benchDirectory: benchDirectory)
    default:
        FileHandle.standardError.write(Data("clientela-bench: unknown benchmark \"\(command)\"; try: engine, http, storage, clients, profile, profile-gateway, profile-validate\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("clientela-bench: \(error)\n".utf8))
    exit(1)
}
