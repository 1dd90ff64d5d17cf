package import HTTPServer

/// Decides who sends a request to `/graphql`, before its body is read.
///
/// ``TenancyAuthenticator`` adapts the Tenancy module's token checks to it for `clientela serve`;
/// ``OpenAccess`` serves the benchmarks. The explorer page, the probes and `/metrics` never ask it
/// (access.md, "Who is calling").
package protocol RequestAuthenticator: Sendable {
    /// Checks the request's credentials (its `Authorization` field).
    ///
    /// - Parameter requestId: The request's id, for the authenticator's own log lines.
    func authenticate(_ request: HTTPRequest, requestId: String) async -> Authentication
}
