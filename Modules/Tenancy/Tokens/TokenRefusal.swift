package import Crypto

/// Why a bearer credential was refused: for the log line only.
///
/// Every refusal reaches the caller the same way (401 UNAUTHENTICATED with one message), so that
/// nobody can probe which tokens exist, which were revoked, or which check a forged JWT failed.
/// The cases carry nothing from the presented text.
package enum TokenRefusal: Sendable, Equatable, CustomStringConvertible {
    /// No `Authorization` header, or not the `Bearer` scheme.
    case missing
    /// Neither an API token's shape nor a JWT's.
    case malformed
    /// No API token has this secret.
    case unknownToken
    case revoked
    case expired
    /// The token's or the JWT's user is deactivated.
    case deactivated
    /// The user's row describes no possible caller (see ``Caller``).
    case inconsistentUser
    /// A JWT was presented but no identity provider is configured.
    case jwtNotConfigured
    /// The JWT failed verification.
    case invalidJWT(JWTError)
    /// The JWT is valid but no user has its `sub` as external id.
    case unknownSubject

    package var description: String {
        switch self {
        case .missing: "no bearer token"
        case .malformed: "malformed token"
        case .unknownToken: "unknown API token"
        case .revoked: "revoked API token"
        case .expired: "expired API token"
        case .deactivated: "deactivated user"
        case .inconsistentUser: "user row with an inconsistent role"
        case .jwtNotConfigured: "JWT presented but no identity provider configured"
        case .invalidJWT(let error): "invalid JWT: \(error)"
        case .unknownSubject: "JWT subject matches no user"
        }
    }
}

/// The outcome of checking a bearer credential.
package enum TokenAuthentication: Sendable, Equatable {
    /// The credential names this caller.
    case caller(Caller)
    /// Refused, with the reason for the log.
    case refused(TokenRefusal)
}
