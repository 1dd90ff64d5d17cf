import CEpoll
import Synchronization

/// The part of an event loop other threads may touch: its epoll instance (`epoll_ctl` is
/// thread-safe), the eventfd that wakes it and the mailbox it reads when woken.
///
/// Everything else about the loop (its connections, buffers, timers) lives in
/// ``EventLoopRunner`` on the loop's own thread. The descriptors are closed when the last
/// reference goes, which may be a handler's task finishing after the loop exited: its post then
/// lands in a box nobody reads, harmlessly, instead of on a reused descriptor number.
final class EventLoop: Sendable {
    /// Epoll tags of the two descriptors every loop may watch besides its connections, whose
    /// tags are serial numbers from ``firstConnectionTag``.
    enum Tag {
        static let listener: UInt64 = 0
        static let wakeup: UInt64 = 1
        static let firstConnectionTag: UInt64 = 2
    }

    let index: Int
    let epoll: Epoll
    private let wakeup: EventFD
    private let mailbox = Mutex(Mailbox())

    init(index: Int) throws(SocketError) {
        self.index = index
        epoll = try Epoll()
        wakeup = try EventFD()
        try epoll.add(wakeup.fd, events: EPOLLIN.rawValue, tag: Tag.wakeup)
    }

    /// Changes the mailbox and wakes the loop if it may be waiting.
    func post(_ change: (inout Mailbox) -> Void) {
        let signal = mailbox.withLock { box in
            change(&box)
            guard box.needsSignal else { return false }
            box.needsSignal = false
            return true
        }
        if signal { wakeup.signal() }
    }

    /// Takes everything posted so far (called by the loop when the eventfd fired).
    func takeMail() -> Mailbox {
        wakeup.drain()
        return mailbox.withLock { box in
            let taken = box
            box = Mailbox()
            return taken
        }
    }
}
