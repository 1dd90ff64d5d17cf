import Foundation
import Synchronization

/// The built `clientela` executable run as a child process in a folder of its own, its
/// standard output read line by line and its standard error kept in a file.
///
/// The executable is a dependency of the test target, so it is built with the tests and lies
/// next to the test bundle.
final class ServerProcess {
    let folder: TemporaryFolder
    private let process = Process()
    private let lines = LineBuffer()

    static var executablePath: String {
        let bundle = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        return bundle.deletingLastPathComponent().appendingPathComponent("clientela").path
    }

    /// Starts `clientela` with `arguments` in a new temporary folder, with no `CLIENTELA_`
    /// variable in its environment.
    init(_ arguments: [String]) throws {
        folder = try TemporaryFolder()
        process.executableURL = URL(fileURLWithPath: Self.executablePath)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("CLIENTELA_") }
        let output = Pipe()
        process.standardOutput = output
        _ = FileManager.default.createFile(atPath: folder.path + "/stderr.log", contents: nil)
        process.standardError = FileHandle(forWritingAtPath: folder.path + "/stderr.log")
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let reader = output.fileHandleForReading
        let lines = self.lines
        Thread {
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                lines.append(chunk)
            }
            lines.close()
        }.start()
    }

    var pid: pid_t { process.processIdentifier }

    /// Everything the child wrote on standard output so far.
    var output: String { lines.text }

    /// Everything the child wrote on standard error so far.
    var errorOutput: String { (try? String(contentsOfFile: folder.path + "/stderr.log", encoding: .utf8)) ?? "" }

    /// The first output line containing `needle`; nil when the child ended (or a minute passed)
    /// without writing it.
    func line(containing needle: String) async throws -> String? {
        for _ in 0..<3000 {
            if let line = lines.text.split(separator: "\n").first(where: { $0.contains(needle) }) { return String(line) }
            if lines.isClosed { return nil }
            try await Task.sleep(for: .milliseconds(20))
        }
        return nil
    }

    /// The port of the startup line.
    func startupPort() async throws -> (line: String, port: Int)? {
        guard let line = try await line(containing: " serving http://") else { return nil }
        guard let port = startupLinePort(line) else { return nil }
        return (line, port)
    }

    func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Waits for the child to end; its exit status, or 128 plus the signal that killed it.
    ///
    /// The wait runs on a thread of its own: a graceful shutdown takes seconds, and blocking one
    /// of the cooperative pool's two threads that long stalls every other test of the run.
    func exitStatus() async -> Int32 {
        let process = process
        return await withCheckedContinuation { continuation in
            Thread {
                process.waitUntilExit()
                let status = process.terminationStatus
                continuation.resume(returning: process.terminationReason == .uncaughtSignal ? 128 + status : status)
            }.start()
        }
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}

/// The child's standard output as it arrives.
private final class LineBuffer: Sendable {
    private let state = Mutex((data: Data(), closed: false))

    func append(_ data: Data) { state.withLock { $0.data.append(data) } }
    func close() { state.withLock { $0.closed = true } }
    var text: String { String(decoding: state.withLock { $0.data }, as: UTF8.self) }
    var isClosed: Bool { state.withLock { $0.closed } }
}
