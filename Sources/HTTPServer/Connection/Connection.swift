#if canImport(Glibc)
import Glibc
#endif

/// One accepted TCP connection, owned by one event loop and touched only on its thread.
///
/// A final class because it owns a descriptor (closed exactly once, by ``close()``). The loop
/// drives it with three inputs (bytes readable, socket writable, a handler's response) and each
/// ends in ``advance(_:)``, which moves the connection as far as it can go: flush pending output,
/// then either wait for the handler, or parse the next request from what is buffered.
///
/// Pipelining: bytes of later requests are read ahead into `input` (up to
/// ``maxReadAhead``) while a request is with the handler, but the next request is parsed only
/// once the previous response has been written out completely, so responses leave in order and a
/// peer that does not read its responses stops getting new ones run.
final class Connection {
    /// Unparsed bytes the connection holds at most (read ahead while a request is with the
    /// handler, or a body arriving faster than it is parsed); past this the loop stops reading
    /// from the socket until the parser has caught up.
    static let maxReadAhead = 64 * 1024
    /// Bytes read and dropped during a lingering close before the server gives up and closes.
    static let maxLingerBytes = 256 * 1024

    let id: UInt64
    let fd: Int32
    let remoteAddress: String

    private var parser: HTTPRequestParser
    private var input: [UInt8] = []
    private var inputStart = 0
    private var output: [UInt8] = []
    private var outputStart = 0

    /// A request is with the handler.
    private(set) var inFlight = false
    /// Close once `output` is written: the last response said `Connection: close`.
    private var closeAfterWrite = false
    /// The peer shut down its write side (read returned 0).
    private var peerFinished = false
    /// With edge-triggered epoll, the socket may still hold bytes the loop chose not to read yet.
    private var unreadInput = false
    /// epoll reported EPOLLRDHUP/EPOLLHUP/EPOLLERR: read until `recv` says what happened.
    private var peerHungUp = false
    private(set) var lingering = false
    private var lingerBytes = 0
    private(set) var isClosed = false
    /// Whether the request being answered was HEAD (its response goes out without a body).
    private var answeringHead = false
    private var answeringMinorVersion = 1

    // Timer bases, in the loop's clock.
    private var lastActivity: ContinuousClock.Instant
    private var requestStarted: ContinuousClock.Instant?
    private var bodyStarted: ContinuousClock.Instant?
    private var lastWriteProgress: ContinuousClock.Instant
    private var lingerStarted: ContinuousClock.Instant?

    init(id: UInt64, fd: Int32, remoteAddress: String, limits: HTTPLimits, now: ContinuousClock.Instant) {
        self.id = id
        self.fd = fd
        self.remoteAddress = remoteAddress
        self.parser = HTTPRequestParser(limits: limits)
        self.lastActivity = now
        self.lastWriteProgress = now
    }

    /// Whether nothing is under way: no request with the handler, no response being written, no
    /// byte of a next request received. Such a connection may be closed without losing anything.
    var isIdle: Bool {
        !inFlight && outputStart == output.count && inputStart == input.count && !parser.isMidRequest && !lingering
    }

    // MARK: Events

    /// The socket is readable (or reported an error or hang-up: the read finds out which).
    ///
    /// - Parameter hangUp: epoll reported that the peer shut down its side; reads then go on to
    ///   the end of the stream, since no further edge will come to report it.
    func readable(hangUp: Bool, _ loop: EventLoopRunner) {
        if hangUp { peerHungUp = true }
        readAvailable(loop)
        advance(loop)
    }

    /// The socket accepts more bytes.
    func writable(_ loop: EventLoopRunner) {
        if outputStart < output.count { advance(loop) }
    }

    /// The handler answered the request in flight.
    func respond(_ response: HTTPResponse, keepAlive: Bool, _ loop: EventLoopRunner) {
        precondition(inFlight, "a response for a connection with no request in flight")
        inFlight = false
        lastActivity = loop.now
        let keepOpen = keepAlive && !loop.isDraining
        enqueue(response, keepOpen: keepOpen, loop)
        advance(loop)
    }

    /// Moves the connection as far as it can go without waiting.
    func advance(_ loop: EventLoopRunner) {
        while !isClosed {
            if outputStart < output.count {
                guard flush(loop) else { return }
            }
            if lingering {
                readAvailable(loop)
                return
            }
            if closeAfterWrite {
                beginLingering(loop)
                continue
            }
            if inFlight { return }
            if unreadInput, !peerFinished {
                readAvailable(loop)
            }
            switch parseNext() {
            case .needMoreData:
                if parser.wantsContinue {
                    parser.acknowledgeContinue()
                    output.append(contentsOf: ResponseSerializer.continueBytes)
                    continue
                }
                if unreadInput, !peerFinished { continue }
                if peerFinished {
                    close(loop)
                    return
                }
                noteProgress(loop.now)
                return
            case .request(var parsed):
                parsed.request.remoteAddress = remoteAddress
                inFlight = true
                requestStarted = nil
                bodyStarted = nil
                answeringHead = parsed.request.method == "HEAD"
                answeringMinorVersion = parsed.request.minorVersion
                loop.dispatch(parsed, connection: self)
                return
            case .failure(let error):
                refuse(error.refusal, loop)
            }
        }
    }

    /// Answers `refusal` through the handler's ``HTTPHandler/refuse(_:)`` and closes after it.
    func refuse(_ refusal: HTTPRefusal, _ loop: EventLoopRunner) {
        loop.statistics.countRefusal(refusal.status)
        input.removeAll()
        inputStart = 0
        answeringHead = false
        enqueue(loop.handler.refuse(refusal), keepOpen: false, loop)
        advance(loop)
    }

    // MARK: Timeouts

    /// What is due at `now`, if anything: a silent close, or a 408 for a request that is too slow.
    func expired(at now: ContinuousClock.Instant, timeouts: HTTPTimeouts) -> Expiry? {
        if isClosed { return nil }
        if lingering { return now - (lingerStarted ?? now) >= timeouts.linger ? .close : nil }
        if outputStart < output.count { return now - lastWriteProgress >= timeouts.write ? .close : nil }
        if inFlight { return nil }
        if let bodyStarted { return now - bodyStarted >= timeouts.body ? .requestTimeout : nil }
        if let requestStarted { return now - requestStarted >= timeouts.header ? .requestTimeout : nil }
        return now - lastActivity >= timeouts.idle ? .close : nil
    }

    enum Expiry {
        case close
        case requestTimeout
    }

    // MARK: I/O

    private func parseNext() -> HTTPParseResult {
        let (result, consumed) = input.withUnsafeBufferPointer { buffer in
            parser.parse(UnsafeBufferPointer(rebasing: buffer[inputStart...]))
        }
        inputStart += consumed
        if inputStart == input.count {
            input.removeAll(keepingCapacity: input.capacity <= 64 * 1024)
            inputStart = 0
        } else if inputStart > 32 * 1024, inputStart * 2 > input.count {
            input.removeSubrange(..<inputStart)
            inputStart = 0
        }
        return result
    }

    /// Starts the timers of a request whose first bytes have arrived.
    private func noteProgress(_ now: ContinuousClock.Instant) {
        if parser.isMidRequest {
            if bodyStarted == nil { bodyStarted = now }
        } else if inputStart < input.count, requestStarted == nil {
            requestStarted = now
        }
    }

    /// Reads until the socket is empty, the peer has finished, or enough is buffered.
    private func readAvailable(_ loop: EventLoopRunner) {
        while !isClosed {
            if !lingering, input.count - inputStart >= Self.maxReadAhead {
                unreadInput = true
                return
            }
            let count: Int
            do {
                guard let read = try loop.scratch.withUnsafeMutableBytes({ buffer throws(SocketError) in
                    try Syscall.nonBlocking("recv") { recv(fd, buffer.baseAddress, buffer.count, 0) }
                }) else {
                    unreadInput = false
                    return
                }
                count = read
            } catch {
                // ECONNRESET and friends: the peer is gone, nothing more can be said to it.
                close(loop)
                return
            }
            if count == 0 {
                peerFinished = true
                unreadInput = false
                if lingering || isIdle { close(loop) }
                return
            }
            if lingering {
                lingerBytes += count
                if lingerBytes > Self.maxLingerBytes { close(loop) }
                continue
            }
            if inputStart == input.count, !inFlight, requestStarted == nil, !parser.isMidRequest {
                requestStarted = loop.now
            }
            input.append(contentsOf: loop.scratch[..<count])
            if count < loop.scratch.count, !peerHungUp {
                // A short read almost always means the socket is empty; the next edge will say
                // otherwise. Saves the recv that would only return EAGAIN.
                unreadInput = false
                return
            }
        }
    }

    private func enqueue(_ response: HTTPResponse, keepOpen: Bool, _ loop: EventLoopRunner) {
        let connection: String? = !keepOpen ? "close" : (answeringMinorVersion == 0 ? "keep-alive" : nil)
        let bytes = ResponseSerializer.serialize(response, omitBody: answeringHead, connection: connection, date: loop.date.current())
        if outputStart == output.count {
            output = bytes
            outputStart = 0
        } else {
            output.append(contentsOf: bytes)
        }
        if !keepOpen { closeAfterWrite = true }
        lastWriteProgress = loop.now
    }

    /// Writes what the socket takes. Returns whether everything was written.
    private func flush(_ loop: EventLoopRunner) -> Bool {
        while outputStart < output.count {
            let written: Int?
            do {
                written = try output.withUnsafeBytes { buffer throws(SocketError) in
                    try Syscall.nonBlocking("send") {
                        send(fd, buffer.baseAddress! + outputStart, buffer.count - outputStart, Int32(MSG_NOSIGNAL))
                    }
                }
            } catch {
                close(loop)
                return false
            }
            guard let written else { return false }
            outputStart += written
            lastWriteProgress = loop.now
        }
        output.removeAll(keepingCapacity: output.capacity <= 64 * 1024)
        outputStart = 0
        lastActivity = loop.now
        return true
    }

    /// Shuts down the write side and keeps reading (and dropping) until the peer closes too, so
    /// that unread request bytes do not make the kernel answer with a reset that could destroy
    /// the response in the client's receive buffer.
    private func beginLingering(_ loop: EventLoopRunner) {
        closeAfterWrite = false
        if peerFinished {
            close(loop)
            return
        }
        lingering = true
        lingerStarted = loop.now
        input.removeAll()
        inputStart = 0
        _ = shutdown(fd, Int32(SHUT_WR))
    }

    /// Closes the socket and leaves the loop's table. Safe to call twice.
    func close(_ loop: EventLoopRunner) {
        guard !isClosed else { return }
        isClosed = true
        Syscall.close(fd)
        loop.connectionClosed(self)
    }
}
