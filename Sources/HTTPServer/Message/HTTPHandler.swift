/// What the server calls for each request it has read completely.
///
/// Requests of one connection reach the handler one at a time and in order (pipelined requests
/// wait for the response before them), so a handler never has to order responses itself; requests
/// of different connections run concurrently on Swift's cooperative pool.
package protocol HTTPHandler: Sendable {
    /// Answers one request. A handler has no way to fail: every failure is a response.
    func handle(_ request: HTTPRequest) async -> HTTPResponse

    /// The response for a request the server refuses before any handler sees it: a malformed
    /// request (400), a limit exceeded (413, 414, 431), an unsupported transfer coding (501), a
    /// client too slow to send its request (408). The server closes the connection after it.
    ///
    /// Implement it to count and log refusals with the other responses; the default is a short
    /// plain-text body naming the problem.
    func refuse(_ refusal: HTTPRefusal) -> HTTPResponse
}

extension HTTPHandler {
    package func refuse(_ refusal: HTTPRefusal) -> HTTPResponse {
        .text(refusal.status, refusal.reason + "\n")
    }
}

/// Why the server refused a request without calling the handler.
package struct HTTPRefusal: Sendable, Hashable {
    package var status: HTTPStatus
    /// A sentence for the client and the log, such as "Header section exceeds 16384 bytes."
    package var reason: String

    package init(status: HTTPStatus, reason: String) {
        self.status = status
        self.reason = reason
    }
}
