package import Crypto
package import Foundation
package import Storage

/// Turns the bearer credential of a request into a ``Caller``, or a refusal (access.md, "Who is
/// calling").
///
/// Two kinds of credential:
/// - an API token (`clt_…`): its SHA-256 is looked up by the unique hash index, then compared with
///   the stored hash in constant time; revoked or expired tokens and deactivated users are
///   refused. A use is recorded in `lastUsedAt` at most once per ``lastUseInterval``, so most
///   authenticated reads stay reads;
/// - a JSON Web Token from the configured identity provider (``JWTVerifier``: the configured
///   algorithm only, issuer, audience, `exp`, `nbf`), whose `sub` is matched to `User.externalId`.
///
/// Users are read at every request, never cached, so a deactivation takes effect at once.
package struct TokenAuthenticator: Sendable {
    package let database: any SQLDatabase
    /// The identity provider's verifier, nil when none is configured (JWTs are then refused).
    package let jwt: JWTVerifier?
    /// The shortest time between two recorded uses of one token.
    package let lastUseInterval: TimeInterval
    package let now: @Sendable () -> Date

    package init(
        database: any SQLDatabase, jwt: JWTVerifier? = nil, lastUseInterval: TimeInterval = 60,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.database = database
        self.jwt = jwt
        self.lastUseInterval = lastUseInterval
        self.now = now
    }

    /// Checks the value of an `Authorization` header: `Bearer <credential>`, the scheme in any
    /// case (RFC 9110 §11.1), one or more spaces before the credential.
    ///
    /// - Throws: ``StorageError`` when storage cannot be read: that is an outage, not a refusal,
    ///   and the gateway decides how to answer it.
    package func authenticate(authorization: String?) async throws -> TokenAuthentication {
        guard let authorization else { return .refused(.missing) }
        let parts = authorization.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return .refused(.missing) }
        return try await authenticate(bearer: String(parts[1]).trimmingWhitespace())
    }

    /// Checks a bearer credential.
    ///
    /// - Throws: ``StorageError`` when storage cannot be read or written.
    package func authenticate(bearer credential: String) async throws -> TokenAuthentication {
        if credential.hasPrefix(ApiTokenSecret.marker) {
            return try await apiToken(credential)
        }
        if credential.utf8.count(where: { $0 == UInt8(ascii: ".") }) == 2 {
            return try await jsonWebToken(credential)
        }
        return .refused(credential.isEmpty ? .missing : .malformed)
    }

    private func apiToken(_ text: String) async throws -> TokenAuthentication {
        guard ApiTokenSecret.isWellFormed(text) else { return .refused(.malformed) }
        let hash = ApiTokenSecret.hash(of: text)
        let now = self.now()
        // A read first: most requests find the use already recorded and never take the writer.
        let found = try await database.read { connection in
            try ApiTokenRepository(connection).credential(secretHash: hash, in: .unrestricted)
        }
        guard let (token, owner) = found, ConstantTime.equals(Array(token.secretHash.utf8), Array(hash.utf8)) else {
            return .refused(.unknownToken)
        }
        if token.revokedAt != nil { return .refused(.revoked) }
        if let expiry = token.expiresAt, expiry <= now { return .refused(.expired) }
        guard owner.isActive else { return .refused(.deactivated) }
        guard let caller = Caller(owner) else { return .refused(.inconsistentUser) }
        let cutoff = now.addingTimeInterval(-lastUseInterval)
        if (token.lastUsedAt ?? .distantPast) < cutoff {
            let id = token.id
            try await database.write { connection in
                try ApiTokenRepository(connection).recordUse(id, at: now, unlessUsedSince: cutoff, in: .unrestricted)
            }
        }
        return .caller(caller)
    }

    private func jsonWebToken(_ text: String) async throws -> TokenAuthentication {
        guard let jwt else { return .refused(.jwtNotConfigured) }
        let claims: JWTClaims
        do {
            claims = try jwt.verify(text, now: now())
        } catch {
            return .refused(.invalidJWT(error))
        }
        let subject = claims.subject
        let user = try await database.read { connection in
            try UserRepository(connection).user(externalID: subject, in: .unrestricted)
        }
        guard let user else { return .refused(.unknownSubject) }
        guard user.isActive else { return .refused(.deactivated) }
        guard let caller = Caller(user) else { return .refused(.inconsistentUser) }
        return .caller(caller)
    }
}
