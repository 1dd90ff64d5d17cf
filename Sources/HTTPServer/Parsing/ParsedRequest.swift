/// A request read completely off a connection, with whether the connection stays open after it.
package struct ParsedRequest: Sendable {
    package var request: HTTPRequest
    package var keepAlive: Bool
}

/// What one call of ``HTTPRequestParser/parse(_:)`` found.
package enum HTTPParseResult: Sendable {
    /// The bytes so far are a prefix of a valid request.
    case needMoreData
    case request(ParsedRequest)
    case failure(HTTPParseError)
}
