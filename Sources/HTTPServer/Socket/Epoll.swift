#if canImport(Glibc)
import CEpoll
import Glibc
#endif

/// One epoll instance: the set of descriptors an event loop waits on.
///
/// Each registration carries a 64-bit tag chosen by the loop (a connection's serial number, not
/// its descriptor), so an event that arrives after a descriptor number was reused can never be
/// mistaken for the new owner's. Owned by exactly one event loop, which closes it when it exits.
struct Epoll: ~Copyable {
    let fd: Int32

    init() throws(SocketError) {
        fd = try Syscall.retrying("epoll_create1") { epoll_create1(Int32(EPOLL_CLOEXEC)) }
    }

    deinit {
        Syscall.close(fd)
    }

    /// Starts watching `descriptor` for `events` (`EPOLLIN`, `EPOLLOUT`, `EPOLLET`, …).
    func add(_ descriptor: Int32, events: UInt32, tag: UInt64) throws(SocketError) {
        var event = epoll_event(events: events, data: epoll_data_t(u64: tag))
        try Syscall.retrying("epoll_ctl(ADD)") { epoll_ctl(fd, EPOLL_CTL_ADD, descriptor, &event) }
    }

    /// Stops watching `descriptor`. Closing a descriptor removes it too; this is for a descriptor
    /// that stays open (the listener during shutdown).
    func remove(_ descriptor: Int32) throws(SocketError) {
        var event = epoll_event()
        try Syscall.retrying("epoll_ctl(DEL)") { epoll_ctl(fd, EPOLL_CTL_DEL, descriptor, &event) }
    }

    /// Waits up to `timeoutMilliseconds` (-1: forever) and returns how many events were written
    /// into `events`.
    func wait(into events: UnsafeMutableBufferPointer<epoll_event>, timeoutMilliseconds: Int32) throws(SocketError) -> Int {
        Int(try Syscall.retrying("epoll_wait") {
            epoll_wait(fd, events.baseAddress, Int32(events.count), timeoutMilliseconds)
        })
    }
}
