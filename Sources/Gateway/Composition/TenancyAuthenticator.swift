import Foundation
import GraphQL
package import HTTPServer
import Storage
package import Tenancy

/// The HTTP layer's authenticator over Tenancy's ``TokenAuthenticator``, replacing
/// ``OpenAccess``: a valid API token or identity-provider JWT makes an ``AccessContext``;
/// anything else is refused.
///
/// Every refusal answers with the same message, whatever the reason (missing, malformed,
/// unknown, revoked, expired, deactivated, a JWT with a bad signature, `alg: none`, a wrong
/// issuer…), so a caller learns nothing about which tokens exist; the reason goes to the log as
/// one JSON line (`"event":"authenticationRefused"`) with the request id, never the token. Two
/// `Authorization` fields are refused rather than guessed between. Storage that cannot be read is
/// an outage (``Authentication/unavailable(error:)``, 503), not a refusal.
package struct TenancyAuthenticator: RequestAuthenticator {
    package let tokens: TokenAuthenticator
    /// Where refusal lines go; standard error by default.
    package let log: @Sendable (String) -> Void

    package init(tokens: TokenAuthenticator, log: @escaping @Sendable (String) -> Void = { StandardErrorWriter.writeLine($0) }) {
        self.tokens = tokens
        self.log = log
    }

    /// The one message of every refusal.
    package static let refusal =
        "Authentication required: send a valid API token or identity-provider token as `Authorization: Bearer <token>`."

    package func authenticate(_ request: HTTPRequest, requestId: String) async -> Authentication {
        let fields = request.headers.values("Authorization")
        guard fields.count <= 1 else { return refuse("several Authorization fields", requestId: requestId) }
        do {
            switch try await tokens.authenticate(authorization: fields.first) {
            case .caller(let caller):
                let context = AccessContext(caller: caller, requestId: requestId, database: tokens.database, now: tokens.now)
                return .authenticated(context: context, userId: caller.userID.rawValue)
            case .refused(let reason):
                return refuse(reason.description, requestId: requestId)
            }
        } catch {
            return .unavailable(error: error)
        }
    }

    private func refuse(_ reason: String, requestId: String) -> Authentication {
        let fields: [(String, Value)] = [
            ("time", .string(RFC3339Timestamp.format(Date()))),
            ("event", "authenticationRefused"),
            ("requestId", .string(requestId)),
            ("reason", .string(reason)),
        ]
        log(JSONWriter.text(of: .object(OrderedObject(fields))))
        return .refused(reason: Self.refusal)
    }
}
