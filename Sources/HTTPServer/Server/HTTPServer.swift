import CEpoll
import Synchronization

/// An HTTP/1.1 server over POSIX sockets: `eventLoops` threads on epoll move bytes and parse
/// requests, a handler answers them on Swift's cooperative pool.
///
/// ```swift
/// let server = HTTPServer(configuration: HTTPServerConfiguration(port: 0), handler: MyHandler())
/// let port = try server.start()
/// …
/// await server.shutdown(gracePeriod: .seconds(10))
/// ```
///
/// Connection rules (RFC 9112): keep-alive by default on HTTP/1.1 and on request on HTTP/1.0;
/// pipelined requests answered one at a time, in order; `Content-Length` and chunked bodies;
/// `Expect: 100-continue`; the limits of ``HTTPLimits`` and the timeouts of ``HTTPTimeouts``,
/// refused through ``HTTPHandler/refuse(_:)`` with the connection closed after.
package final class HTTPServer: Sendable {
    package let configuration: HTTPServerConfiguration
    package let statistics = HTTPServerStatistics()
    private let handler: any HTTPHandler
    private let core = Mutex<ServerCore?>(nil)

    package init(configuration: HTTPServerConfiguration, handler: any HTTPHandler) {
        self.configuration = configuration
        self.handler = handler
    }

    /// Binds and listens, starts the event loops, and returns the bound port.
    ///
    /// - Throws: ``HTTPServerError/setup(_:)`` when the address cannot be bound or a loop cannot
    ///   be created; ``HTTPServerError/alreadyStarted`` on a second call.
    @discardableResult
    package func start() throws(HTTPServerError) -> Int {
        let core: ServerCore
        let listener: ListeningSocket
        do throws(SocketError) {
            listener = try ListeningSocket.bind(host: configuration.host, port: configuration.port, backlog: configuration.backlog)
            var loops: [EventLoop] = []
            do throws(SocketError) {
                for index in 0..<max(1, configuration.eventLoops) {
                    loops.append(try EventLoop(index: index))
                }
                try loops[0].epoll.add(listener.fd, events: EPOLLIN.rawValue, tag: EventLoop.Tag.listener)
            } catch {
                listener.close()
                throw error
            }
            core = ServerCore(handler: handler, configuration: configuration, statistics: statistics, loops: loops)
        } catch {
            throw .setup(error)
        }
        let installed = self.core.withLock { current in
            guard current == nil else { return false }
            current = core
            return true
        }
        guard installed else {
            listener.close()
            throw .alreadyStarted
        }
        for loop in core.loops {
            core.loopStarting()
            let owned = loop.index == 0 ? listener : nil
            do {
                try LoopThread.start {
                    EventLoopRunner(loop: loop, core: core, listener: owned).run()
                }
            } catch {
                core.loopExited()
                if loop.index == 0 {
                    listener.close()
                } else {
                    // Loop 0 closes the listener and passes the order on to the loops that started.
                    core.loops[0].post { $0.drainDeadline = .now }
                }
                throw .setup(error)
            }
        }
        return listener.port
    }

    /// Stops accepting, closes idle connections, lets requests in flight finish and their
    /// responses be written, and closes what is left when `gracePeriod` has passed. Returns when
    /// every loop has exited.
    package func shutdown(gracePeriod: Duration) async {
        guard let core = core.withLock({ $0 }) else { return }
        let deadline = ContinuousClock.now + gracePeriod
        core.loops[0].post { $0.drainDeadline = deadline }
        await core.waitUntilStopped()
    }

    /// Returns when the server has stopped (at once if it never started).
    package func waitUntilStopped() async {
        guard let core = core.withLock({ $0 }) else { return }
        await core.waitUntilStopped()
    }
}
