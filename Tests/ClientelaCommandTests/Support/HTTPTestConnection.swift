import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain TCP connection to the server under test, for requests written byte by byte.
///
/// Deliberately no HTTP library: a test must be able to send half a request and stop.
final class HTTPTestConnection {
    private let fd: Int32

    struct ConnectionError: Error, CustomStringConvertible {
        let description: String
    }

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ConnectionError(description: "socket: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(fd)
            throw ConnectionError(description: "connect to port \(port): errno \(errno)")
        }
    }

    deinit {
        close(fd)
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw ConnectionError(description: "send: errno \(errno)") }
            offset += sent
        }
    }

    /// Sends one request on a new connection and reads the answer until the server closes it, on
    /// a thread of its own: the socket calls block, and on Swift's cooperative pool (two threads
    /// on a two-core machine) they would starve a server running in the same process.
    static func exchange(port: Int, _ request: String) async throws -> HTTPTestResponse? {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result {
                    let connection = try HTTPTestConnection(port: port)
                    try connection.send(request)
                    return HTTPTestResponse(connection.readToEnd())
                })
            }.start()
        }
    }

    /// Reads until the server closes the connection (or a minute passes without a byte).
    func readToEnd() -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { break }
            received += buffer[..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Reads one response whose length is given by `Content-Length`, leaving the connection
    /// open.
    func readUntilBody() -> String {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let text = String(decoding: received, as: UTF8.self)
            if let end = text.range(of: "\r\n\r\n") {
                let head = text[..<end.lowerBound].lowercased()
                let length = head.split(separator: "\r\n").first { $0.hasPrefix("content-length:") }
                    .flatMap { Int($0.dropFirst("content-length:".count).trimmingPrefix(" ")) } ?? 0
                if text.utf8.count - text.utf8.distance(from: text.startIndex, to: end.upperBound) >= length { return text }
            }
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count <= 0 { return text }
            received += buffer[..<count]
        }
    }

    /// Sends the head of a `POST /graphql` whose body of `length` bytes is still to come, with
    /// `Expect: 100-continue`, and waits for the server's `100 Continue`: from then on the server
    /// holds a request in the middle of its reading, which a graceful stop must not drop.
    func startRequest(bodyLength length: Int, token: String? = nil) throws -> Bool {
        try send(
            "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: close\r\nExpect: 100-continue\r\n"
                + (token.map { "Authorization: Bearer \($0)\r\n" } ?? "") + "Content-Length: \(length)\r\n\r\n")
        var received: [UInt8] = []
        var byte: UInt8 = 0
        while !String(decoding: received, as: UTF8.self).hasSuffix("\r\n\r\n") {
            guard recv(fd, &byte, 1, 0) == 1 else { return false }
            received.append(byte)
        }
        return String(decoding: received, as: UTF8.self).hasPrefix("HTTP/1.1 100 ")
    }

    /// A complete `POST /graphql` that asks the server to close the connection after answering,
    /// with `Authorization: Bearer <token>` when a token is given.
    static func graphQLRequest(_ body: String, token: String? = nil) -> String {
        "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nConnection: close\r\n"
            + (token.map { "Authorization: Bearer \($0)\r\n" } ?? "")
            + "Content-Length: \(body.utf8.count)\r\n\r\n\(body)"
    }

    /// The API token a first start printed (the indented `clt_…` line), if any.
    static func firstStartToken(in output: String) -> String? {
        output.split(separator: "\n").lazy.map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix("clt_") && !$0.contains(" ") }
    }
}

/// A raw HTTP response's status and body.
struct HTTPTestResponse {
    let status: Int
    let body: String

    init?(_ raw: String) {
        guard raw.hasPrefix("HTTP/1.1 "), let status = Int(raw.dropFirst(9).prefix(3)) else { return nil }
        self.status = status
        self.body = raw.range(of: "\r\n\r\n").map { String(raw[$0.upperBound...]) } ?? ""
    }
}
