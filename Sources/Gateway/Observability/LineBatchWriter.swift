import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Writes whole lines to a file descriptor in batches: a request appends its line to a buffer
/// (a lock and a copy) and a writer thread of its own empties the buffer with one system call
/// at most ``delay`` later.
///
/// Why batches: the access log writes one line per request, and one `writev(2)` per line cost
/// about a twentieth of a small request's handling (more when standard error is a pipe to a log
/// collector than into a file). Under load one write now carries hundreds of lines; an idle
/// server's writer sleeps on a semaphore and costs nothing. What this gives up: the lines of
/// the last ``delay`` before the process is killed outright (SIGKILL, a crash) may be lost;
/// ``flush()`` writes everything now, and `serve` calls it before it exits (nginx's
/// `access_log … buffer= flush=` makes the same trade). A buffer that reaches ``capacity`` is
/// written at once by the request that filled it, so a stalled reader of the descriptor holds
/// at most that much memory (further requests then wait on that write, as they did on their own).
///
/// Lines never interleave and keep their order: the buffer is taken and written under one lock.
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
        var bytes: [UInt8] = []
        var writerStarted = false
    }

    package init(descriptor: Int32, delay: Duration = .milliseconds(20), capacity: Int = 256 * 1024) {
        self.descriptor = descriptor
        self.delay = delay
        self.capacity = capacity
    }

    /// Appends `line` and a line feed; the writer thread writes it within ``delay``.
    package func append(_ line: String) {
        var line = line
        let (signal, full, startWriter) = line.withUTF8 { text in
            pending.withLock { state -> (Bool, Bool, Bool) in
                let wasEmpty = state.bytes.isEmpty
                state.bytes.append(contentsOf: text)
                state.bytes.append(UInt8(ascii: "\n"))
                let startWriter = !state.writerStarted
                state.writerStarted = true
                return (wasEmpty, state.bytes.count >= capacity, startWriter)
            }
        }
        if startWriter { startWriterThread() }
        if full {
            flush()
        } else if signal {
            wake.signal()
        }
    }

    /// Writes every line appended so far, before returning.
    package func flush() {
        writing.withLock { _ in
            let batch = pending.withLock { state -> [UInt8] in
                defer { state.bytes = [] }
                return state.bytes
            }
            guard !batch.isEmpty else { return }
            batch.withUnsafeBufferPointer { Self.writeAll(to: descriptor, $0) }
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
