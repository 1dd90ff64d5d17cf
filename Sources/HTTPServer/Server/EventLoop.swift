import CEpoll
import Synchronization

/// The part of an event loop other threads may touch: its epoll instance (`epoll_ctl` is
/// thread-safe), the eventfd that wakes it and the mailbox it reads.
///
/// Everything else about the loop (its connections, buffers, timers) lives in
/// ``EventLoopRunner`` on the loop's own thread. The descriptors are closed when the last
/// reference goes, which may be a handler's task finishing after the loop exited: its post then
/// lands in a box nobody reads, harmlessly, instead of on a reused descriptor number.
///
/// Waking costs a system call on each side (an eventfd write, and the read that drains it), so a
/// post signals only while the loop is, or is about to be, blocked in `epoll_wait`: the loop
/// says so under the mailbox's lock just before it waits (``prepareToWait()``) and takes it back
/// when it wakes (``markAwake()``). Posts made while the loop works (most of them: the handler
/// tasks of its own connections run on its thread) cost a lock and an append.
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
    private let state = Mutex(State())

    private struct State {
        var box = Mailbox()
        /// The loop is in `epoll_wait`, or about to be, with an empty box: a post must wake it.
        var waiting = false
        /// The loop's thread has ended: jobs go to the global executor instead.
        var exited = false
    }

    init(index: Int) throws(SocketError) {
        self.index = index
        epoll = try Epoll()
        wakeup = try EventFD()
        try epoll.add(wakeup.fd, events: EPOLLIN.rawValue, tag: Tag.wakeup)
    }

    /// Changes the mailbox and wakes the loop if it is waiting.
    func post(_ change: (inout Mailbox) -> Void) {
        let signal = state.withLock { state in
            change(&state.box)
            guard state.waiting else { return false }
            state.waiting = false
            return true
        }
        if signal { wakeup.signal() }
    }

    /// Queues a job for the loop's thread, or, once the loop has exited, for Swift's global
    /// executor, so that no task is ever stranded.
    func post(job: UnownedJob) {
        let (queued, signal) = state.withLock { state -> (Bool, Bool) in
            guard !state.exited else { return (false, false) }
            state.box.jobs.append(job)
            guard state.waiting else { return (true, false) }
            state.waiting = false
            return (true, true)
        }
        if signal { wakeup.signal() }
        if !queued { globalConcurrentExecutor.enqueue(ExecutorJob(job)) }
    }

    /// Takes everything posted so far.
    func takeMail() -> Mailbox {
        state.withLock { state in
            let taken = state.box
            state.box = Mailbox()
            return taken
        }
    }

    /// Called just before `epoll_wait`: false when mail is waiting (the loop should read it
    /// rather than block), true when the box is empty and the next post will signal.
    func prepareToWait() -> Bool {
        state.withLock { state in
            guard state.box.isEmpty else { return false }
            state.waiting = true
            return true
        }
    }

    /// Called when `epoll_wait` returned: posts no longer need to signal.
    func markAwake() {
        state.withLock { $0.waiting = false }
    }

    /// Empties the eventfd after it fired.
    func drainWakeups() {
        wakeup.drain()
    }

    /// Called as the loop's thread ends: jobs queued and to come go to the global executor.
    func markExited() {
        let stranded = state.withLock { state -> [UnownedJob] in
            state.exited = true
            defer { state.box.jobs = [] }
            return state.box.jobs
        }
        for job in stranded {
            globalConcurrentExecutor.enqueue(ExecutorJob(job))
        }
    }
}
