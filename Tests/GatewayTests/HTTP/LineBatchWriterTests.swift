import Foundation
import Gateway
import Testing

/// The batching writer behind the access log: every line arrives whole and in order (entries
/// written as the sink-based log writes them), a flush writes everything before it returns, the
/// writer thread writes without one, and a full list is written by the request that filled it.
@Suite struct LineBatchWriterTests {
    /// A temporary file to write into, and its text read back.
    final class Target {
        let path: String
        let descriptor: Int32

        init() {
            path = NSTemporaryDirectory() + "clientela-lines-\(UUID().uuidString).log"
            descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        }

        var lines: [String] {
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }

        deinit {
            close(descriptor)
            unlink(path)
        }
    }

    @Test func flushWritesEveryLineOfConcurrentWritersWholeAndInOrder() async {
        let target = Target()
        let log = AccessLog.lines(toDescriptor: target.descriptor)
        let writers = 8, perWriter = 300
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<writers {
                group.addTask {
                    for index in 0..<perWriter {
                        log.record(AccessLogEntry(
                            time: Date(timeIntervalSince1970: 0), requestId: "w\(writer)-\(index)", method: "POST", path: "/graphql",
                            operationName: nil, status: 200, duration: .microseconds(5), statements: 0, userId: nil, errorCodes: []))
                    }
                }
            }
        }
        log.flush()

        let lines = target.lines
        #expect(lines.last == "", "the text ends with a line feed")
        let records = lines.dropLast()
        #expect(records.count == writers * perWriter)
        let sample = AccessLogEntry(
            time: Date(timeIntervalSince1970: 0), requestId: "w0-0", method: "POST", path: "/graphql",
            operationName: nil, status: 200, duration: .microseconds(5), statements: 0, userId: nil, errorCodes: [])
        #expect(records.contains(sample.jsonLine), "an entry is written as its jsonLine")
        var next = Array(repeating: 0, count: writers)
        for line in records {
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            guard let id = object?["requestId"] as? String else {
                Issue.record("not a whole JSON line: \(line)")
                continue
            }
            let parts = id.dropFirst().split(separator: "-").compactMap { Int($0) }
            #expect(parts.count == 2 && parts[1] == next[parts[0]], "writer \(parts[0])'s lines in order")
            next[parts[0]] += 1
        }
    }

    @Test func theWriterThreadWritesALineWithoutAFlush() async throws {
        let target = Target()
        let writer = LineBatchWriter(descriptor: target.descriptor, delay: .milliseconds(5))
        writer.append("first")
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(10)
        while target.lines != ["first", ""], clock.now < deadline {
            try await Task.sleep(for: .milliseconds(5))
        }
        #expect(target.lines == ["first", ""])

        // The writer keeps serving once it has emptied the buffer.
        writer.append("second")
        while target.lines != ["first", "second", ""], clock.now < deadline {
            try await Task.sleep(for: .milliseconds(5))
        }
        #expect(target.lines == ["first", "second", ""])
    }

    @Test func aFullListIsWrittenByTheAppendThatFilledIt() {
        let target = Target()
        // A delay no test waits for: only the inline write can put the lines in the file.
        let writer = LineBatchWriter(descriptor: target.descriptor, delay: .seconds(3600), capacity: 2)
        let line = String(repeating: "x", count: 40)
        writer.append(line)
        #expect(target.lines == [""], "below the capacity nothing is written yet")
        writer.append(line)
        #expect(target.lines == [line, line, ""])
    }
}
