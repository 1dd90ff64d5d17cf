/// A response a handler gives back: status, header fields and a body of known length.
///
/// The server adds `Content-Length`, `Date` and, when the connection closes after it,
/// `Connection: close`; a handler sets only what depends on the content (`Content-Type`, `Allow`,
/// `X-Request-Id`).
package struct HTTPResponse: Sendable {
    package var status: HTTPStatus
    package var headers: HTTPHeaders
    package var body: [UInt8]

    package init(status: HTTPStatus, headers: HTTPHeaders = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A plain-text response, for probes and the server's own refusals.
    package static func text(_ status: HTTPStatus, _ text: String, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var headers = headers
        headers.replace("Content-Type", "text/plain; charset=utf-8")
        return HTTPResponse(status: status, headers: headers, body: Array(text.utf8))
    }
}
