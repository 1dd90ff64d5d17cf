/// What an outside identity provider's tokens must satisfy to be accepted.
package struct JWTConfiguration: Sendable {
    /// The exact `iss` value required.
    package var issuer: String
    /// A value `aud` must be, or contain.
    package var audience: String
    /// The key, which also fixes the one accepted algorithm.
    package var key: JWTKey
    /// How far `exp`, `nbf` and `iat` may be off to allow for clocks that disagree.
    package var leeway: Duration

    /// The leeway used when none is given: one minute, enough for servers kept in sync by NTP.
    package static let defaultLeeway: Duration = .seconds(60)

    /// - Precondition: `leeway` is not negative.
    package init(issuer: String, audience: String, key: JWTKey, leeway: Duration = defaultLeeway) {
        precondition(leeway >= .zero, "JWT leeway must not be negative")
        self.issuer = issuer
        self.audience = audience
        self.key = key
        self.leeway = leeway
    }
}
