#if canImport(Glibc)
import Glibc
#endif

/// The one funnel every system call of the server goes through.
///
/// Retries on `EINTR` (a signal landed mid-call, nothing went wrong), traps on `EBADF` (a closed
/// or never-opened descriptor is our own bug, and carrying on could act on a descriptor number
/// the kernel has since handed to someone else), and throws the rest with the operation's name.
enum Syscall {
    /// Runs `call` until it returns a non-negative value or fails with something other than
    /// `EINTR`.
    ///
    /// - Throws: ``SocketError`` with the errno and `operation`.
    @discardableResult
    static func retrying<Result: BinaryInteger>(
        _ operation: StaticString,
        _ call: () -> Result
    ) throws(SocketError) -> Result {
        while true {
            let result = call()
            if result >= 0 { return result }
            let code = Glibc.errno
            if code == EINTR { continue }
            precondition(code != EBADF, "\(operation) on a bad file descriptor")
            throw SocketError(errno: code, operation: "\(operation)")
        }
    }

    /// Like ``retrying(_:_:)`` for the calls of a non-blocking descriptor, where `EAGAIN` means
    /// "not now" rather than failure: returns nil for it.
    static func nonBlocking<Result: BinaryInteger>(
        _ operation: StaticString,
        _ call: () -> Result
    ) throws(SocketError) -> Result? {
        do {
            return try retrying(operation, call)
        } catch where error.errno == EAGAIN || error.errno == EWOULDBLOCK {
            return nil
        }
    }

    /// Closes a descriptor. `close` is not retried on `EINTR`: on Linux the descriptor is released
    /// whatever it returns, and a retry could close a descriptor another thread just opened.
    static func close(_ fd: Int32) {
        let result = Glibc.close(fd)
        precondition(result == 0 || Glibc.errno != EBADF, "close on a bad file descriptor")
    }
}
