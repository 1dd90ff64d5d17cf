import HTTPServer
import Synchronization

/// Answers every request with a description of it, so a test can check what the server read:
/// `METHOD TARGET HTTP/1.x`, then the body. `/big/N` answers N bytes of `x`.
struct EchoHandler: HTTPHandler {
    func handle(_ request: HTTPRequest) async -> HTTPResponse {
        if request.path.hasPrefix("/big/"), let size = Int(request.path.dropFirst(5)) {
            return HTTPResponse(status: .ok, body: [UInt8](repeating: UInt8(ascii: "x"), count: size))
        }
        var text = "\(request.method) \(request.target) HTTP/1.\(request.minorVersion)\n"
        if let value = request.headers["X-Echo"] { text += "x-echo: \(value)\n" }
        text += String(decoding: request.body, as: UTF8.self)
        return .text(.ok, text, headers: ["X-Handler": "echo"])
    }
}

/// Holds every request under `/held` until the test opens the gate, counting them, for shutdown
/// tests; answers others at once.
final class GateHandler: HTTPHandler {
    private let state = Mutex<(arrived: Int, open: Bool, waiters: [CheckedContinuation<Void, Never>])>((0, false, []))

    var arrived: Int { state.withLock { $0.arrived } }

    func handle(_ request: HTTPRequest) async -> HTTPResponse {
        guard request.path.hasPrefix("/held") else { return .text(.ok, "at once \(request.target)") }
        await withCheckedContinuation { continuation in
            let resume = state.withLock { state in
                state.arrived += 1
                if state.open { return true }
                state.waiters.append(continuation)
                return false
            }
            if resume { continuation.resume() }
        }
        return .text(.ok, "released \(request.target)")
    }

    func open() {
        let waiters = state.withLock { state in
            state.open = true
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }
}
