import GraphQL
package import HTTPServer
import Storage
package import Tenancy

/// The gateway's authenticator: the request's `Authorization` field checked by Tenancy's
/// ``Tenancy/TokenAuthenticator`` (API tokens, and JSON Web Tokens when an identity provider is
/// configured), the caller then running with an ``Tenancy/AccessContext``.
///
/// Every refusal answers the caller the same way, with ``refusalMessage``: a missing header, a
/// forged JWT and a revoked token are indistinguishable from outside, so nobody can probe which
/// tokens exist. The precise reason goes to the log only (an `authenticationRefused` line with the
/// request id). A storage failure while checking is an outage, not a refusal: it answers 503, so
/// clients do not throw away good tokens.
///
/// Only `/graphql` asks (``GatewayHandler`` routes the explorer page, the probes and `/metrics`
/// without authentication, as access.md requires).
package struct TenancyAuthenticator: RequestAuthenticator {
    /// What every refused caller reads, whatever was wrong with the credentials.
    package static let refusalMessage =
        "Authentication required: send a valid API token or identity-provider token as 'Authorization: Bearer <token>'."

    let tokens: TokenAuthenticator
    let accessLog: AccessLog

    /// - Parameters:
    ///   - tokens: The token checks; its database and clock also become the request's
    ///     ``Tenancy/AccessContext`` database and clock.
    ///   - accessLog: Where the reasons of refusals are written.
    package init(tokens: TokenAuthenticator, accessLog: AccessLog) {
        self.tokens = tokens
        self.accessLog = accessLog
    }

    package func authenticate(_ request: HTTPRequest, requestId: String) async -> Authentication {
        let fields = request.headers.values("Authorization")
        // The field is a singleton (RFC 9110 §11.6.2): two of them leave it ambiguous which
        // credential speaks, so neither does.
        guard fields.count <= 1 else {
            return refuse("more than one Authorization field", requestId: requestId)
        }
        let outcome: TokenAuthentication
        do {
            outcome = try await tokens.authenticate(authorization: fields.first)
        } catch {
            return .unavailable(error: error)
        }
        switch outcome {
        case .caller(let caller):
            let context = AccessContext(caller: caller, requestId: requestId, database: tokens.database, now: tokens.now)
            return .authenticated(context: context, userId: caller.userID.rawValue)
        case .refused(let refusal):
            return refuse(refusal.description, requestId: requestId)
        }
    }

    private func refuse(_ reason: String, requestId: String) -> Authentication {
        accessLog.recordRefusal(reason: reason, requestId: requestId)
        return .refused(reason: Self.refusalMessage)
    }
}
