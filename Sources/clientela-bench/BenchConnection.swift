import Foundation

/// A blocking keep-alive client connection for the load generator: sends a request, reads one
/// response framed by `Content-Length`.
final class BenchConnection {
    private let fd: Int32
    private var buffer = [UInt8](repeating: 0, count: 256 * 1024)
    private var filled = 0

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw BenchmarkError("socket: errno \(errno)") }
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
            close(fd)
            throw BenchmarkError("connect: errno \(errno)")
        }
    }

    deinit {
        close(fd)
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Foundation.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { throw BenchmarkError("send: errno \(errno)") }
            offset += written
        }
    }

    /// Reads one whole response and returns its status code.
    func readResponse() throws -> Int {
        var headEnd = -1
        var scanned = 0
        while headEnd < 0 {
            if filled > 3 {
                for index in max(0, scanned - 3)..<(filled - 3)
                where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
                    headEnd = index + 4
                    break
                }
                scanned = filled
            }
            if headEnd < 0 { try fill() }
        }
        // Read off the bytes, not through String: the generator shares the cores with the server
        // it measures, so each response it reads must cost it as little as possible.
        guard let status = Self.status(buffer, headEnd: headEnd) else {
            throw BenchmarkError("bad response head: \(String(decoding: buffer[..<min(headEnd, 80)], as: UTF8.self))")
        }
        let length = Self.contentLength(buffer, headEnd: headEnd)
        let total = headEnd + length
        if total > buffer.count { buffer += [UInt8](repeating: 0, count: total - buffer.count) }
        while filled < total { try fill() }
        buffer.withUnsafeMutableBytes { raw in
            _ = memmove(raw.baseAddress!, raw.baseAddress! + total, filled - total)
        }
        filled -= total
        return status
    }

    /// The status code of an `HTTP/1.1 NNN …` status line.
    private static func status(_ bytes: [UInt8], headEnd: Int) -> Int? {
        let prefix = Array("HTTP/1.1 ".utf8)
        guard headEnd > prefix.count + 3, bytes[..<prefix.count].elementsEqual(prefix) else { return nil }
        var status = 0
        for byte in bytes[prefix.count..<(prefix.count + 3)] {
            guard byte >= 48, byte <= 57 else { return nil }
            status = status * 10 + Int(byte - 48)
        }
        return status
    }

    /// The value of the `Content-Length` field (0 when absent), its name matched without case.
    private static func contentLength(_ bytes: [UInt8], headEnd: Int) -> Int {
        let name = Array("content-length:".utf8)
        var lineStart = 0
        while lineStart < headEnd {
            var lineEnd = lineStart
            while lineEnd + 1 < headEnd, !(bytes[lineEnd] == 13 && bytes[lineEnd + 1] == 10) { lineEnd += 1 }
            if lineEnd - lineStart > name.count,
               zip(bytes[lineStart..<(lineStart + name.count)], name).allSatisfy({ $0 | 0x20 == $1 | 0x20 }) {
                var value = 0
                for byte in bytes[(lineStart + name.count)..<lineEnd] where byte >= 48 && byte <= 57 {
                    value = value * 10 + Int(byte - 48)
                }
                return value
            }
            lineStart = lineEnd + 2
        }
        return 0
    }

    private func fill() throws {
        if filled == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
        let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress! + filled, $0.count - filled, 0) }
        guard count > 0 else { throw BenchmarkError(count == 0 ? "connection closed by the server" : "recv: errno \(errno)") }
        filled += count
    }
}

/// Starts joinable threads for the load generator's connections.
enum BenchThread {
    private final class Body {
        let run: @Sendable () -> Void
        init(_ run: @escaping @Sendable () -> Void) { self.run = run }
    }

    static func start(_ run: @escaping @Sendable () -> Void) throws -> pthread_t {
        let context = Unmanaged.passRetained(Body(run)).toOpaque()
        var thread = pthread_t()
        let status = pthread_create(&thread, nil, { context in
            Unmanaged<Body>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context)
        guard status == 0 else {
            Unmanaged<Body>.fromOpaque(context).release()
            throw BenchmarkError("pthread_create: \(status)")
        }
        return thread
    }
}
