#if canImport(Glibc)
import CEpoll
import Glibc
#endif

/// An IPv4 or IPv6 socket address, read out of a `sockaddr_storage` for logging.
struct SocketAddress: Sendable, CustomStringConvertible {
    let host: String
    let port: Int

    init(_ storage: sockaddr_storage) {
        var storage = storage
        switch Int32(storage.ss_family) {
        case AF_INET:
            let (host, port) = withUnsafePointer(to: &storage) { pointer in
                pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { address in
                    var address = address.pointee
                    return (Self.text(AF_INET, &address.sin_addr, length: Int(INET_ADDRSTRLEN)), Int(UInt16(bigEndian: address.sin_port)))
                }
            }
            self.host = host
            self.port = port
        case AF_INET6:
            let (host, port) = withUnsafePointer(to: &storage) { pointer in
                pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { address in
                    var address = address.pointee
                    return (Self.text(AF_INET6, &address.sin6_addr, length: Int(INET6_ADDRSTRLEN)), Int(UInt16(bigEndian: address.sin6_port)))
                }
            }
            self.host = host
            self.port = port
        default:
            host = "unknown"
            port = 0
        }
    }

    /// `host:port`, with an IPv6 host in brackets (`[::1]:8080`), as access logs write it.
    var description: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    private static func text(_ family: Int32, _ address: UnsafeRawPointer, length: Int) -> String {
        var buffer = [CChar](repeating: 0, count: length)
        guard inet_ntop(family, address, &buffer, socklen_t(length)) != nil else { return "unknown" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
