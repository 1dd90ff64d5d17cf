import Glibc

/// A blocking raw-bytes HTTP client for the live tests: bytes in, bytes out, nothing hidden.
///
/// Blocking calls must not run on Swift's cooperative pool (the server's handlers need it), so
/// tests run clients through ``Threads/run(_:)``. A receive timeout of 120 s is a safety net
/// against a hung test, never an assertion (long, since inside the whole suite on two cores a
/// server's answer has taken more than 20 s).
final class TestClient: @unchecked Sendable {
    // Used by one thread at a time: a test hands a client from one blocking step to the next
    // only across an await.
    let fd: Int32
    private var buffer: [UInt8] = []

    init(port: Int) throws(TestClientError) {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestClientError("socket: errno \(errno)") }
        var receiveTimeout = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &receiveTimeout, socklen_t(MemoryLayout<timeval>.size))
        var sendTimeout = timeval(tv_sec: 20, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &sendTimeout, socklen_t(MemoryLayout<timeval>.size))
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            let code = errno
            Glibc.close(fd)
            throw TestClientError("connect: errno \(code)", errno: code)
        }
    }

    deinit {
        Glibc.close(fd)
    }

    func send(_ text: String) throws(TestClientError) {
        try send(Array(text.utf8))
    }

    func send(_ bytes: [UInt8]) throws(TestClientError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { throw TestClientError("send: errno \(errno)", errno: errno) }
            offset += written
        }
    }

    /// Reads one response (status line, fields, a `Content-Length` body).
    ///
    /// - Throws: when the connection ends before a whole response arrived.
    func readResponse(bodyExpected: Bool = true) throws(TestClientError) -> TestResponse {
        while true {
            if let response = try TestResponse.parse(&buffer, bodyExpected: bodyExpected) { return response }
            guard try fill() else {
                throw TestClientError("connection closed after \(buffer.count) bytes of a response: \(String(decoding: buffer, as: UTF8.self).prefix(200))")
            }
        }
    }

    /// Reads until the server closes the connection and returns whatever came.
    func readToEnd() throws(TestClientError) -> [UInt8] {
        while try fill() {}
        defer { buffer = [] }
        return buffer
    }

    /// Whether the server closed the connection with nothing more to say (EOF or reset).
    func isClosedByServer() -> Bool {
        do throws(TestClientError) { return try readToEnd().isEmpty } catch { return error.errno == ECONNRESET }
    }

    /// Whether bytes (or the end of the stream) are waiting to be read, without blocking.
    func hasInput() -> Bool {
        if !buffer.isEmpty { return true }
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0
    }

    func shutdownWrite() {
        Glibc.shutdown(fd, Int32(SHUT_WR))
    }

    /// Appends what one `recv` returns; false at end of stream.
    private func fill() throws(TestClientError) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if count < 0 { throw TestClientError("recv: errno \(errno)", errno: errno) }
        if count == 0 { return false }
        buffer.append(contentsOf: chunk[..<count])
        return true
    }
}

struct TestClientError: Error, CustomStringConvertible {
    let description: String
    let errno: Int32

    init(_ description: String, errno: Int32 = 0) {
        self.description = description
        self.errno = errno
    }
}
