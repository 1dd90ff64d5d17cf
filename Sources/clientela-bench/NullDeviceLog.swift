#if canImport(Glibc)
import Glibc
#endif
import Gateway

/// The access log as the server writes it, one `write(2)` per line, but into /dev/null: the
/// benchmark pays what a real deployment pays for its log without flooding the terminal.
enum NullDeviceLog {
    static func make() -> AccessLog {
        let descriptor = open("/dev/null", O_WRONLY | O_CLOEXEC)
        return AccessLog { line in
            var bytes = Array(line.utf8)
            bytes.append(UInt8(ascii: "\n"))
            _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        }
    }
}
