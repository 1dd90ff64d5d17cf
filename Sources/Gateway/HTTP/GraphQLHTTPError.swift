package import GraphQL
package import HTTPServer

/// A failure of the HTTP layer, found before the engine runs: what status to answer, why, and
/// any header the status requires (`Allow` with 405).
///
/// Every such failure is answered with a GraphQL-style body, `{"errors":[{"message":…,
/// "extensions":{"code":…}}]}`, so a client reads every error of the endpoint the same way.
package struct GraphQLHTTPError: Error, Sendable, Hashable, CustomStringConvertible {
    package var status: HTTPStatus
    package var message: String
    package var code: ErrorCode
    package var headers: HTTPHeaders
    /// Entries of the error's `extensions` besides `code` (the request id of an internal error).
    package var extensions: [String: Value]

    package init(_ status: HTTPStatus, _ message: String, code: ErrorCode, headers: HTTPHeaders = [:], extensions: [String: Value] = [:]) {
        self.status = status
        self.message = message
        self.code = code
        self.headers = headers
        self.extensions = extensions
    }

    package var description: String { "\(status): \(message) [\(code)]" }

    /// The GraphQL-style body: a request error without `data`.
    package var body: [UInt8] {
        GraphQLResponse.requestError([GraphQLError(message, code: code, extensions: extensions)]).jsonBytes()
    }

    /// 400: bytes that cannot be read (JSON or percent-encoding).
    static func unreadable(_ message: String) -> GraphQLHTTPError {
        GraphQLHTTPError(.badRequest, message, code: .badRequest)
    }

    /// 422: readable, but not a well-formed GraphQL-over-HTTP request.
    static func malformed(_ message: String) -> GraphQLHTTPError {
        GraphQLHTTPError(.unprocessableContent, message, code: .badRequest)
    }
}
