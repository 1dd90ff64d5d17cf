import Foundation
import Synchronization
import Testing

/// Node.js, which the explorer's tests use to check and run the page's script.
///
/// Without `node` on the `PATH` those tests print a loud line and pass, except under CI
/// (`CI` set), where a missing `node` is a failure: CI must run them.
struct NodeRunner: Sendable {
    let executable: URL

    struct Result: Sendable {
        let status: Int32
        let output: String
        let error: String
    }

    /// Finds `node`, or reports its absence as described above.
    static func locate() -> NodeRunner? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = URL(filePath: String(directory)).appending(component: "node")
            if FileManager.default.isExecutableFile(atPath: candidate.path()) {
                return NodeRunner(executable: candidate)
            }
        }
        if ProcessInfo.processInfo.environment["CI"].map({ !$0.isEmpty }) == true {
            Issue.record("node is not installed: the explorer's script cannot be checked, and CI must check it")
        } else {
            print("⚠️⚠️⚠️ SKIPPED: node is not installed, so the explorer page's script was NOT checked ⚠️⚠️⚠️")
        }
        return nil
    }

    /// `node --check` on a script, as an ES module (the page's script is one).
    func check(_ script: String) async throws -> Result {
        try await offThePool { try withModule(script) { file in try run(["--check", file], input: "") } }
    }

    /// Runs a script as an ES module with `input` on its standard input.
    func run(module script: String, input: String) async throws -> Result {
        try await offThePool { try withModule(script) { file in try run([file], input: input) } }
    }

    /// Runs node on a thread of its own: it takes seconds, and waiting for it on one of the
    /// cooperative pool's two threads would stall every other test of the run.
    private func offThePool(_ body: @escaping @Sendable () throws -> Result) async throws -> Result {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Swift.Result { try body() }) }.start()
        }
    }

    private func withModule(_ script: String, _ body: (String) throws -> Result) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appending(component: "clientela-node-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appending(component: "script.mjs")
        try script.write(to: file, atomically: true, encoding: .utf8)
        return try body(file.path())
    }

    private func run(_ arguments: [String], input: String) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Standard error is drained on a thread of its own while standard input is written on
        // another, so that no pipe can fill up and block node.
        let errors = PipeDrain(stderr.fileHandleForReading)
        let writer = stdin.fileHandleForWriting
        Thread {
            writer.write(Data(input.utf8))
            try? writer.close()
        }.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self), error: errors.text())
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class PipeDrain: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let data = Mutex(Data())

    init(_ handle: FileHandle) {
        Thread { [self] in
            let bytes = handle.readDataToEndOfFile()
            data.withLock { $0 = bytes }
            done.signal()
        }.start()
    }

    func text() -> String {
        done.wait()
        return String(decoding: data.withLock { $0 }, as: UTF8.self)
    }
}
