#if canImport(Glibc)
import Glibc
#endif
import Gateway

/// The access log as the server writes it (the same writer, one system call per line), but into
/// /dev/null: the benchmark pays what a real deployment pays for its log without flooding the
/// terminal.
enum NullDeviceLog {
    static func make() -> AccessLog {
        AccessLog.lines(toDescriptor: open("/dev/null", O_WRONLY | O_CLOEXEC))
    }
}
