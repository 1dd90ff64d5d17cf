import CEpoll
#if canImport(Glibc)
import Glibc
#endif

/// An event loop's thread-confined side: its connections, its read buffer, its clock, and the
/// `epoll_wait` loop that drives them. Never runs handler code: a complete request goes to the
/// handler in a `Task` on Swift's cooperative pool (the worker pool, one thread per core) and the
/// response comes back through the mailbox.
///
/// Epoll modes: the listener is level-triggered (accepting stops at `EAGAIN` anyway), connections
/// are edge-triggered for reads and writes both, registered once and never modified, so that a
/// request costs no `epoll_ctl` call. A connection that stops reading before `EAGAIN` (buffer
/// full) remembers it and reads again when it can take more.
final class EventLoopRunner {
    let loop: EventLoop
    let core: ServerCore
    /// The listening socket, on the accepting loop only (loop 0), until shutdown closes it.
    private var listener: ListeningSocket?
    private var acceptPaused = false
    private var connections: [UInt64: Connection] = [:]
    private var nextTag = EventLoop.Tag.firstConnectionTag
    private var nextLoop = 0
    private var drainDeadline: ContinuousClock.Instant?
    private let clock = ContinuousClock()

    /// The loop's clock reading, taken once per wake-up.
    private(set) var now: ContinuousClock.Instant
    /// Where `recv` writes; one per loop, since only one connection reads at a time.
    var scratch = [UInt8](repeating: 0, count: 64 * 1024)
    var date = HTTPDate()

    var handler: any HTTPHandler { core.handler }
    var statistics: HTTPServerStatistics { core.statistics }
    var isDraining: Bool { drainDeadline != nil }

    init(loop: EventLoop, core: ServerCore, listener: ListeningSocket?) {
        self.loop = loop
        self.core = core
        self.listener = listener
        self.now = clock.now
    }

    /// Runs until shutdown has drained this loop's connections (or its deadline passed).
    func run() {
        let capacity = 256
        let events = UnsafeMutableBufferPointer<epoll_event>.allocate(capacity: capacity)
        defer { events.deallocate() }
        let sweepInterval = core.configuration.timeouts.sweepInterval
        var nextSweep = now + sweepInterval

        while true {
            let wait = max(Duration.zero, nextSweep - now)
            let milliseconds = Int32(clamping: wait.components.seconds * 1000 + wait.components.attoseconds / 1_000_000_000_000_000 + 1)
            let count: Int
            do {
                count = try loop.epoll.wait(into: events, timeoutMilliseconds: milliseconds)
            } catch {
                // Nothing but a broken epoll descriptor makes epoll_wait fail: give up on the loop.
                closeEverything()
                break
            }
            now = clock.now
            for event in events.prefix(count) {
                handle(event)
            }
            if now >= nextSweep {
                sweep()
                nextSweep = now + sweepInterval
            }
            if let drainDeadline, connections.isEmpty || now >= drainDeadline {
                closeEverything()
                break
            }
        }
        core.loopExited()
    }

    private func handle(_ event: epoll_event) {
        switch event.data.u64 {
        case EventLoop.Tag.listener:
            acceptAll()
        case EventLoop.Tag.wakeup:
            readMail()
        case let tag:
            guard let connection = connections[tag] else { return }
            let flags = event.events
            if flags & (EPOLLIN.rawValue | EPOLLRDHUP.rawValue | EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0 {
                connection.readable(hangUp: flags & (EPOLLRDHUP.rawValue | EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0, self)
            }
            if flags & EPOLLOUT.rawValue != 0, !connection.isClosed {
                connection.writable(self)
            }
        }
    }

    // MARK: Accepting

    private func acceptAll() {
        guard let listener else { return }
        while true {
            let accepted: (fd: Int32, address: SocketAddress)?
            do {
                accepted = try listener.accept()
            } catch where error.errno == ECONNABORTED || error.errno == EPROTO || error.errno == EPERM {
                continue
            } catch {
                // Out of descriptors or memory: stop watching the listener until the next sweep,
                // rather than spin on a level-triggered event nobody can take.
                try? loop.epoll.remove(listener.fd)
                acceptPaused = true
                return
            }
            guard let (fd, address) = accepted else { return }
            let target = nextLoop % core.loops.count
            nextLoop &+= 1
            if target == loop.index {
                register(fd: fd, remoteAddress: address.description)
            } else {
                let arrival = Mailbox.Arrival(fd: fd, remoteAddress: address.description)
                core.loops[target].post { $0.arrivals.append(arrival) }
            }
        }
    }

    private func register(fd: Int32, remoteAddress: String) {
        let tag = nextTag
        nextTag += 1
        let events = EPOLLIN.rawValue | EPOLLOUT.rawValue | EPOLLRDHUP.rawValue | EPOLLET.rawValue
        do {
            try loop.epoll.add(fd, events: events, tag: tag)
        } catch {
            Syscall.close(fd)
            return
        }
        connections[tag] = Connection(id: tag, fd: fd, remoteAddress: remoteAddress, limits: core.configuration.limits, now: now)
        statistics.connectionOpened()
    }

    // MARK: Mail

    private func readMail() {
        let mail = loop.takeMail()
        for arrival in mail.arrivals {
            register(fd: arrival.fd, remoteAddress: arrival.remoteAddress)
        }
        // Drain before answering: a response that leaves after the order came says
        // `Connection: close`, whichever came first into the box.
        if let deadline = mail.drainDeadline, drainDeadline == nil {
            beginDraining(until: deadline)
        }
        for completion in mail.completions {
            guard let connection = connections[completion.connectionID], !connection.isClosed else { continue }
            connection.respond(completion.response, keepAlive: completion.keepAlive, self)
        }
    }

    /// Stops accepting (loop 0 closes the listener, then passes the order on, so every other
    /// loop has received all its arrivals before it drains), then closes the idle connections.
    private func beginDraining(until deadline: ContinuousClock.Instant) {
        drainDeadline = deadline
        if let listener {
            if !acceptPaused { try? loop.epoll.remove(listener.fd) }
            listener.close()
            self.listener = nil
            for other in core.loops where other !== loop {
                other.post { $0.drainDeadline = deadline }
            }
        }
        for connection in Array(connections.values) where connection.isIdle {
            connection.close(self)
        }
    }

    // MARK: Handlers

    /// Hands a complete request to the handler on the cooperative pool.
    func dispatch(_ parsed: ParsedRequest, connection: Connection) {
        let loop = self.loop
        let handler = core.handler
        let id = connection.id
        let keepAlive = parsed.keepAlive
        let request = parsed.request
        Task {
            let response = await handler.handle(request)
            loop.post { $0.completions.append(Mailbox.Completion(connectionID: id, response: response, keepAlive: keepAlive)) }
        }
    }

    func connectionClosed(_ connection: Connection) {
        if connections.removeValue(forKey: connection.id) != nil {
            statistics.connectionClosed()
        }
    }

    // MARK: Timeouts

    private func sweep() {
        if acceptPaused, let listener {
            acceptPaused = (try? loop.epoll.add(listener.fd, events: EPOLLIN.rawValue, tag: EventLoop.Tag.listener)) == nil
        }
        let timeouts = core.configuration.timeouts
        for connection in Array(connections.values) {
            if isDraining, connection.isIdle {
                connection.close(self)
                continue
            }
            switch connection.expired(at: now, timeouts: timeouts) {
            case .close:
                connection.close(self)
            case .requestTimeout:
                connection.refuse(HTTPRefusal(status: .requestTimeout, reason: "The request did not arrive in time."), self)
            case nil:
                break
            }
        }
    }

    private func closeEverything() {
        if let listener {
            listener.close()
            self.listener = nil
        }
        for connection in Array(connections.values) {
            connection.close(self)
        }
    }
}
