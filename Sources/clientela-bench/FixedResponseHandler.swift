import HTTPServer

/// The yardstick: the same server answering every request with the same small 200, so the
/// figure is what the sockets, the loops and the load generator cost by themselves.
struct FixedResponseHandler: HTTPHandler {
    static let body = Array(#"{"data":{"ok":true}}"#.utf8)

    func handle(_ request: HTTPRequest) async -> HTTPResponse {
        HTTPResponse(status: .ok, headers: ["Content-Type": "application/json"], body: Self.body)
    }
}
