#if canImport(Glibc)
import CEpoll
import Glibc
#endif

/// A bound, listening, non-blocking TCP socket.
///
/// A plain value holding the descriptor: the server creates it in `start()` and hands it to the
/// accepting event loop, which is then its only user and closes it when it stops accepting
/// (so no thread can call `accept4` on a number the kernel has reused).
struct ListeningSocket: Sendable {
    let fd: Int32
    /// The port actually bound, which differs from the one asked for when that was 0.
    let port: Int

    /// Resolves `host` (a numeric IPv4 or IPv6 address, or a name such as `localhost`), binds the
    /// first address that works with `SO_REUSEADDR` (so a restart does not wait out TIME_WAIT),
    /// and listens.
    ///
    /// - Throws: ``SocketError`` naming the step that failed (`getaddrinfo`, `bind`, `listen`).
    static func bind(host: String, port: Int, backlog: Int32) throws(SocketError) -> ListeningSocket {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(port), &hints, &list)
        guard status == 0, let list else {
            throw SocketError(errno: EADDRNOTAVAIL, operation: "getaddrinfo(\(host)): \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(list) }

        var lastError = SocketError(errno: EADDRNOTAVAIL, operation: "bind(\(host):\(port))")
        var candidate: UnsafeMutablePointer<addrinfo>? = list
        while let info = candidate {
            candidate = info.pointee.ai_next
            do {
                return try bind(info.pointee, backlog: backlog)
            } catch {
                lastError = error
            }
        }
        throw lastError
    }

    private static func bind(_ info: addrinfo, backlog: Int32) throws(SocketError) -> ListeningSocket {
        let fd = try Syscall.retrying("socket") {
            socket(info.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        }
        do {
            var one: Int32 = 1
            try Syscall.retrying("setsockopt(SO_REUSEADDR)") {
                setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
            }
            try Syscall.retrying("bind") { Glibc.bind(fd, info.ai_addr, info.ai_addrlen) }
            try Syscall.retrying("listen") { listen(fd, backlog) }
            var address = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            try withUnsafeMutablePointer(to: &address) { pointer throws(SocketError) in
                try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw throws(SocketError) in
                    _ = try Syscall.retrying("getsockname") { getsockname(fd, raw, &length) }
                }
            }
            return ListeningSocket(fd: fd, port: SocketAddress(address).port)
        } catch {
            Syscall.close(fd)
            throw error
        }
    }

    /// Accepts one pending connection as a non-blocking socket with `TCP_NODELAY` (responses are
    /// written whole, so Nagle's delay would only add latency). Returns nil when none is pending.
    ///
    /// - Throws: ``SocketError`` for a failure of the listener itself; errors that concern only
    ///   the connection being accepted (`ECONNABORTED`, descriptor limits) are thrown too, and the
    ///   caller decides whether to keep accepting.
    func accept() throws(SocketError) -> (fd: Int32, address: SocketAddress)? {
        var address = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let accepted = try withUnsafeMutablePointer(to: &address) { pointer throws(SocketError) in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { raw throws(SocketError) in
                try Syscall.nonBlocking("accept4") {
                    accept4(fd, raw, &length, Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue))
                }
            }
        }
        guard let accepted else { return nil }
        var one: Int32 = 1
        _ = setsockopt(accepted, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        return (accepted, SocketAddress(address))
    }

    func close() {
        Syscall.close(fd)
    }
}
