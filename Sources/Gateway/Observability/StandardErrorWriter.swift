#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Writes whole lines to standard error, one at a time.
///
/// The lock keeps the lines of concurrent requests from interleaving inside this process; the
/// bytes of a line go out in as few `write(2)` calls as the descriptor takes (one, for a line
/// shorter than a pipe's buffer), retried on `EINTR` and partial writes. A failed write is
/// dropped: losing a log line must not fail a request.
enum StandardErrorWriter {
    private static let lock = Mutex(())

    static func writeLine(_ line: String) {
        var bytes = Array(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        lock.withLock { _ in
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(2, buffer.baseAddress! + offset, buffer.count - offset)
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
