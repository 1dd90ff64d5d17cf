/// A parsed request line and header section, with the framing and connection rules read from it.
struct RequestHead: Sendable {
    var method: String
    var target: String
    var minorVersion: Int
    var headers: HTTPHeaders
    var framing: BodyFraming
    /// Whether the connection may carry another request after this one: HTTP/1.1 unless
    /// `Connection: close`, HTTP/1.0 only with `Connection: keep-alive`.
    var keepAlive: Bool
    /// An HTTP/1.1 `Expect: 100-continue` (RFC 9110 §10.1.1: ignored on HTTP/1.0).
    var expectsContinue: Bool
}

/// How the body of a request is delimited (RFC 9112 §6.3).
enum BodyFraming: Sendable, Equatable {
    case none
    case length(Int)
    case chunked
}
