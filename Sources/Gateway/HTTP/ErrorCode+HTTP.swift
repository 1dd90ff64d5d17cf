package import GraphQL

/// The `extensions.code` of errors the HTTP layer reports itself, before the engine sees a
/// document. api.md lists the engine's and the modules' codes; it is silent on these, so they are
/// named after the HTTP status they come with, in the same SCREAMING_SNAKE_CASE.
extension ErrorCode {
    /// The request itself cannot be used: a body that is not JSON, bad percent-encoding, a
    /// missing or mistyped `query`, `variables`, `operationName` or `extensions`, or a request the
    /// server refused as malformed. The status (400 or 422) tells which.
    package static let badRequest = ErrorCode("BAD_REQUEST")
    /// 404: no route has this path.
    package static let routeNotFound = ErrorCode("ROUTE_NOT_FOUND")
    /// 405: the route does not serve the method, or a mutation was sent over GET.
    package static let methodNotAllowed = ErrorCode("METHOD_NOT_ALLOWED")
    /// 406: the client accepts no media type the response can be written in.
    package static let notAcceptable = ErrorCode("NOT_ACCEPTABLE")
    /// 415: a POST body that is not `application/json` in UTF-8.
    package static let unsupportedMediaType = ErrorCode("UNSUPPORTED_MEDIA_TYPE")
    /// 408, 413, 414, 431, 501: a request the server refused before reading it whole.
    package static let requestRefused = ErrorCode("REQUEST_REFUSED")
}
