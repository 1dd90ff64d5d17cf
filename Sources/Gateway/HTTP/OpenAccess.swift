import GraphQL
package import HTTPServer

/// An authenticator that lets every request in, with ``UnrestrictedContext`` and no user id.
///
/// A stopgap: it exists so the server can run before the Tenancy issue lands, and must be
/// replaced by the adapter over Tenancy's `TokenAuthenticator` then. It checks no token, so a
/// server using it exposes every field to anyone who can reach the port.
package struct OpenAccess: RequestAuthenticator {
    package init() {}

    package func authenticate(_ request: HTTPRequest, requestId: String) async -> Authentication {
        .authenticated(context: UnrestrictedContext(), userId: nil)
    }
}
