#if canImport(Glibc)
import Glibc
#endif

/// Where the server listens and how it treats clients.
package struct HTTPServerConfiguration: Sendable {
    package var host: String
    /// The TCP port; 0 asks the kernel for a free one (tests), which `start()` returns.
    package var port: Int
    /// Event-loop threads, each with its own epoll and connections: by default one per core, as
    /// the loops only move bytes and parse heads while the handlers run on Swift's pool.
    package var eventLoops: Int
    package var limits: HTTPLimits
    package var timeouts: HTTPTimeouts
    /// The listen backlog: connections the kernel completes before the server accepts them.
    package var backlog: Int32

    package init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        eventLoops: Int = HTTPServerConfiguration.coreCount,
        limits: HTTPLimits = HTTPLimits(),
        timeouts: HTTPTimeouts = HTTPTimeouts(),
        backlog: Int32 = 1024
    ) {
        self.host = host
        self.port = port
        self.eventLoops = eventLoops
        self.limits = limits
        self.timeouts = timeouts
        self.backlog = backlog
    }

    /// The cores this process may run on.
    package static var coreCount: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}
