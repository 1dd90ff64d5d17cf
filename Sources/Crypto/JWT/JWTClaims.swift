package import Foundation
package import GraphQL

/// The claims of a verified token: the registered ones we checked, typed, and every claim as read.
package struct JWTClaims: Sendable, Equatable {
    /// `sub`: who the token is about, matched against `User.externalId`. Never empty.
    package var subject: String
    /// `iss`: equal to the configured issuer.
    package var issuer: String
    /// `aud`: the audiences, one element when the token carried a single string.
    package var audience: [String]
    /// `exp`: when the token stops being accepted (before leeway).
    package var expiresAt: Date
    /// `nbf`, when present.
    package var notBefore: Date?
    /// `iat`, when present.
    package var issuedAt: Date?
    /// Every claim, registered or not, as the JSON reader gave it (numbers as `.int` when exact).
    package var all: [String: Value]

    package init(
        subject: String, issuer: String, audience: [String], expiresAt: Date,
        notBefore: Date?, issuedAt: Date?, all: [String: Value]
    ) {
        self.subject = subject
        self.issuer = issuer
        self.audience = audience
        self.expiresAt = expiresAt
        self.notBefore = notBefore
        self.issuedAt = issuedAt
        self.all = all
    }
}
