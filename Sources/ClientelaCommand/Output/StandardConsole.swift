#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's standard output and error, written with `write(2)` and no buffer.
///
/// Unbuffered on purpose: the server's startup line must reach a pipe at once (a supervisor or a
/// test waits for it), and a line must not sit in a buffer when the process exits from a signal.
/// A reader that went away (`EPIPE`) ends the write quietly.
package struct StandardConsole: Console {
    package init() {}

    package var errorIsTerminal: Bool { isatty(2) == 1 }

    package func write(_ text: String, to stream: ConsoleStream) {
        let descriptor: Int32 = stream == .output ? 1 : 2
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = writeBytes(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }
}

/// `write(2)`, named apart from ``StandardConsole/write(_:to:)``, which would shadow it.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeMutableRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
