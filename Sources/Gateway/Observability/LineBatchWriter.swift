import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Writes whole lines to a file descriptor in batches: a request appends its line to a list (a
/// lock and an append) and a writer thread of its own turns the list into bytes and writes them
/// with one system call at most ``delay`` later.
///
/// Why batches: the access log writes one line per request, and one `writev(2)` per line cost
/// about a twentieth of a small request's handling (more when standard error is a pipe to a log
/// collector than into a file). Under load one write now carries hundreds of lines; an idle
/// server's writer sleeps on a semaphore and costs nothing. A line may be an entry that writes
/// its own text (``LogLine``): the access log's JSON is then made by the writer thread, after
/// the response has gone, instead of on the request's path. What this gives up: the lines of
/// the last ``delay`` before the process is killed outright (SIGKILL, a crash) may be lost;
/// ``flush()`` writes everything now, and `serve` calls it before it exits (nginx's
/// `access_log … buffer= flush=` makes the same trade). A list that reaches ``capacity`` lines is
/// written at once by the request that filled it, so a stalled reader of the descriptor holds
/// at most that much memory (further requests then wait on that write, as they did on their own).
///
/// Lines never interleave and keep their order: the list is taken and written under one lock.
/// A failed write is dropped: losing log lines must not fail a request.
package final class LineBatchWriter: Sendable {
    let descriptor: Int32
    let delay: Duration
    let capacity: Int

    private let pending = Mutex<Pending>(Pending())
    /// Held while a batch is taken from `pending` and written, so batches leave in order.
    private let writing = Mutex(())
    private let wake = DispatchSemaphore(value: 0)

    private struct Pending {
        var lines: [any LogLine] = []
        var writerStarted = false
    }

    package init(descriptor: Int32, delay: Duration = .milliseconds(20), capacity: Int = 4096) {
        self.descriptor = descriptor
        self.delay = delay
        self.capacity = capacity
    }

    /// Queues `line`; the writer thread writes it, and a line feed, within ``delay``.
    package func append(_ line: consuming some LogLine) {
        // Boxed before the lock is taken, and moved (not copied) into the box and then the list:
        // a copy of an access-log entry is a retain per string in it.
        var boxed: (any LogLine)? = line
        let (signal, full, startWriter) = pending.withLock { state -> (Bool, Bool, Bool) in
            let wasEmpty = state.lines.isEmpty
            state.lines.append(boxed.take()!)
            let startWriter = !state.writerStarted
            state.writerStarted = true
            return (wasEmpty, state.lines.count >= capacity, startWriter)
        }
        if startWriter { startWriterThread() }
        if full {
            flush()
        } else if signal {
            wake.signal()
        }
    }

    /// Writes every line queued so far, before returning.
    package func flush() {
        writing.withLock { _ in
            let batch = pending.withLock { state -> [any LogLine] in
                defer { state.lines = [] }
                return state.lines
            }
            guard !batch.isEmpty else { return }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(batch.count * 256)
            for line in batch {
                line.appendLine(to: &bytes)
                bytes.append(UInt8(ascii: "\n"))
            }
            bytes.withUnsafeBufferPointer { Self.writeAll(to: descriptor, $0) }
        }
    }

    /// The writer: waits for a first line, lets the batch fill for ``delay``, writes it.
    private func startWriterThread() {
        Thread.detachNewThread { [self] in
            let pause = Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18
            while true {
                wake.wait()
                Thread.sleep(forTimeInterval: pause)
                flush()
            }
        }
    }

    /// Writes all of `bytes` to `descriptor`, retrying on `EINTR` and partial writes.
    static func writeAll(to descriptor: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written > 0 {
                offset += written
            } else if written < 0, errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}
