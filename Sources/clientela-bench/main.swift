import Foundation

/// `clientela-bench [engine|http|storage|profile] [--bench-dir DIR]`: Clientela's benchmarks, run in release mode
/// (`swift run -c release clientela-bench`). Figures are medians, with yardsticks measured in the
/// same run, because the machines are shared and noisy.
let arguments = Array(CommandLine.arguments.dropFirst())
var benchDirectory = URL(filePath: "../shared/bench")
if let index = arguments.firstIndex(of: "--bench-dir"), index + 1 < arguments.count {
    benchDirectory = URL(filePath: arguments[index + 1])
}
let command = arguments.first { !$0.hasPrefix("-") && $0 != benchDirectory.path() } ?? "engine"
do {
    switch command {
    case "engine":
        try await EngineBenchmark.run(benchDirectory: benchDirectory)
    case "http":
        try await HTTPBenchmark.run(arguments: arguments, benchDirectory: benchDirectory)
    case "storage":
        try await StorageBenchmark.run(arguments: Array(arguments.drop { $0 != "storage" }.dropFirst()))
    case "profile":
        let positional = arguments.filter { !$0.hasPrefix("-") && $0 != benchDirectory.path() }
        guard positional.count == 3, let count = Int(positional[2]) else {
            FileHandle.standardError.write(Data("usage: clientela-bench profile WORKLOAD COUNT\n".utf8))
            exit(2)
        }
        try await EngineBenchmark.profile(positional[1], count: count, benchDirectory: benchDirectory)
    case "profile-gateway":
        let positional = arguments.filter { !$0.hasPrefix("-") && $0 != benchDirectory.path() }
        guard positional.count == 3, let count = Int(positional[2]) else {
            FileHandle.standardError.write(Data("usage: clientela-bench profile-gateway WORKLOAD COUNT\n".utf8))
            exit(2)
        }
        try await GatewayProfile.run(positional[1], count: count, benchDirectory: benchDirectory)
    case "profile-validate":
        let positional = arguments.filter { !$0.hasPrefix("-") && $0 != benchDirectory.path() }
        guard positional.count == 3, let count = Int(positional[2]) else {
            FileHandle.standardError.write(Data("usage: clientela-bench profile-validate WORKLOAD COUNT\n".utf8))
            exit(2)
        }
        try EngineBenchmark.profileValidation(positional[1], count: count, benchDirectory: benchDirectory)
    default:
        FileHandle.standardError.write(Data("clientela-bench: unknown benchmark \"\(command)\"; try: engine, http, storage, profile, profile-gateway, profile-validate\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("clientela-bench: \(error)\n".utf8))
    exit(1)
}
