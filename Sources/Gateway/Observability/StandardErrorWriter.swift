#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Writes whole lines to standard error, one at a time.
///
/// The lock keeps the lines of concurrent requests from interleaving inside this process; the
/// bytes of a line and its line feed go out in as few `writev(2)` calls as the descriptor takes
/// (one, for a line shorter than a pipe's buffer), retried on `EINTR` and partial writes. A
/// failed write is dropped: losing a log line must not fail a request.
enum StandardErrorWriter {
    private static let lock = Mutex(())

    static func writeLine(_ line: String, to descriptor: Int32 = 2) {
        var line = line
        // The line's own UTF-8 storage and a separate line feed go out in one `writev`: no copy
        // of the line into a new buffer, no allocation per request.
        line.withUTF8 { text in
            lock.withLock { _ in
                writeAll(to: descriptor, text)
            }
        }
    }

    /// Writes `text` and a line feed to `descriptor`, retrying on `EINTR` and partial writes.
    private static func writeAll(to descriptor: Int32, _ text: UnsafeBufferPointer<UInt8>) {
        withUnsafeTemporaryAllocation(of: iovec.self, capacity: 2) { vectors in
            var newline = UInt8(ascii: "\n")
            withUnsafeMutablePointer(to: &newline) { newline in
                var offset = 0
                let total = text.count + 1
                while offset < total {
                    var count: Int32 = 0
                    if offset < text.count {
                        let rest = UnsafeMutableRawPointer(mutating: text.baseAddress! + offset)
                        vectors[0] = iovec(iov_base: rest, iov_len: text.count - offset)
                        count = 1
                    }
                    vectors[Int(count)] = iovec(iov_base: UnsafeMutableRawPointer(newline), iov_len: 1)
                    count += 1
                    let written = writev(descriptor, vectors.baseAddress, count)
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
    }
}
