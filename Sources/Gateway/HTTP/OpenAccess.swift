import GraphQL
package import HTTPServer

/// An authenticator that lets every request in, with ``UnrestrictedContext`` and no user id.
///
/// For the benchmarks and tests that measure or exercise the HTTP layer without tokens;
/// `clientela serve` uses ``TenancyAuthenticator``. It checks no token, so a server using it
/// exposes every field to anyone who can reach the port.
package struct OpenAccess: RequestAuthenticator {
    package init() {}

    package func authenticate(_ request: HTTPRequest, requestId: String) async -> Authentication {
        .authenticated(context: UnrestrictedContext(), userId: nil)
    }
}
