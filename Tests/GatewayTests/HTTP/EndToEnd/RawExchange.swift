import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One connection to a live server: bytes written as given, responses read back whole.
///
/// The socket calls block, so they run on a thread of their own, never on Swift's cooperative
/// pool, which the server's handlers need (with two cores, two blocked test tasks would starve
/// the server). A 120 s receive timeout only keeps a broken test from hanging forever: inside the
/// whole suite on two cores, a server's answer once took more than 20 s.
enum RawExchange {
    struct Response: Sendable {
        var status: Int
        /// Field names lowercased.
        var headers: [(name: String, value: String)]
        var body: [UInt8]

        func header(_ name: String) -> String? {
            headers.first { $0.name == name.lowercased() }?.value
        }

        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Connects to `127.0.0.1:port`, writes `request`, and reads one response per entry of
    /// `heads` (true for a response to HEAD, which has no body).
    static func run(port: Int, request: String, heads: [Bool] = [false]) async throws -> [Response] {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                continuation.resume(with: Result { try blockingRun(port: port, request: Array(request.utf8), heads: heads) })
            }
            thread.start()
        }
    }

    private static func blockingRun(port: Int, request: [UInt8], heads: [Bool]) throws -> [Response] {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket: errno \(errno)") }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 120, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "connect: errno \(errno)") }
        var sent = 0
        while sent < request.count {
            let count = request.withUnsafeBytes { send(fd, $0.baseAddress! + sent, request.count - sent, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw Failure(description: "send: errno \(errno)") }
            sent += count
        }
        var buffer: [UInt8] = []
        var responses: [Response] = []
        for isHead in heads {
            while true {
                if let (response, used) = parse(buffer, isHead: isHead) {
                    responses.append(response)
                    buffer.removeFirst(used)
                    break
                }
                var chunk = [UInt8](repeating: 0, count: 16_384)
                let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress!, $0.count, 0) }
                guard count > 0 else {
                    let how = count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) ? "no answer within the receive timeout" : "connection ended"
                    throw Failure(description: "\(how) after \(responses.count) responses and \(buffer.count) bytes")
                }
                buffer.append(contentsOf: chunk[..<count])
            }
        }
        return responses
    }

    /// A whole response at the start of `bytes` and the bytes it spans, nil while incomplete.
    private static func parse(_ bytes: [UInt8], isHead: Bool) -> (Response, Int)? {
        let terminator: [UInt8] = Array("\r\n\r\n".utf8)
        guard bytes.count >= 4, let end = (0...(bytes.count - 4)).first(where: { Array(bytes[$0..<$0 + 4]) == terminator }) else {
            return nil
        }
        let head = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ", maxSplits: 2)
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        let headers = head.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (line[..<colon].lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let length = isHead ? 0 : Int(headers.first { $0.name == "content-length" }?.value ?? "0") ?? 0
        let bodyStart = end + 4
        guard bytes.count >= bodyStart + length else { return nil }
        return (Response(status: status, headers: headers, body: Array(bytes[bodyStart..<bodyStart + length])), bodyStart + length)
    }
}
