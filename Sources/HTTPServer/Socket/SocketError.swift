#if canImport(Glibc)
import Glibc
#endif

/// A system call on a socket, an epoll instance or an eventfd failed.
///
/// Carries the errno and the operation so that a failed bind reads "bind: Address already in use
/// (errno 98)" rather than a bare number.
package struct SocketError: Error, Sendable, Equatable, CustomStringConvertible {
    package var errno: Int32
    package var operation: String

    package init(errno: Int32, operation: String) {
        self.errno = errno
        self.operation = operation
    }

    package var description: String {
        "\(operation): \(String(cString: strerror(errno))) (errno \(errno))"
    }
}
