#if canImport(Glibc)
import CEpoll
import Glibc
#endif

/// A counter in the kernel that another thread bumps to wake an event loop out of `epoll_wait`:
/// when a handler's response is ready, when a connection is handed over, at shutdown.
///
/// Non-blocking, so a loop that drains it after a spurious wake-up does not stall. Closed by its
/// owner (``EventLoop``) once nothing can signal it any more.
struct EventFD: ~Copyable {
    let fd: Int32

    init() throws(SocketError) {
        fd = try Syscall.retrying("eventfd") { eventfd(0, Int32(EFD_NONBLOCK | EFD_CLOEXEC)) }
    }

    deinit {
        Syscall.close(fd)
    }

    /// Adds one to the counter, which makes the descriptor readable. Never fails in practice: the
    /// counter would have to reach 2^64 - 1 first.
    func signal() {
        var one: UInt64 = 1
        _ = try? Syscall.nonBlocking("write(eventfd)") { write(fd, &one, 8) }
    }

    /// Resets the counter to zero.
    func drain() {
        var value: UInt64 = 0
        _ = try? Syscall.nonBlocking("read(eventfd)") { read(fd, &value, 8) }
    }
}
