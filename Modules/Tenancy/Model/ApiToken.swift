package import Foundation

/// An API token as stored: its public half only. The secret is shown once at creation and kept
/// only as its SHA-256 hash (``secretHash``), so a leaked database leaks no usable token.
package struct ApiToken: Sendable, Hashable, TenantRecord {
    package var id: ApiTokenID
    package var userID: UserID
    /// The owner's organization, copied at creation (users never change organization). The
    /// token's scope is still decided by its owner's row, read with it.
    package var organizationID: OrganizationID?
    package var name: String
    /// The public start of the token (`clt_ab12cd34`), to recognise it in a list.
    package var prefix: String
    /// Lower-case hex of the SHA-256 of the whole token text.
    package var secretHash: String
    package var createdAt: Date
    package var lastUsedAt: Date?
    package var expiresAt: Date?
    package var revokedAt: Date?
    /// The owner's reseller, for a RESELLER login's token: read with the owner, never stored on
    /// the token, so the token's scope is always its owner's.
    package var owningResellerID: ResellerID?
    /// The owner's client, for a CLIENT login's token (like ``owningResellerID``).
    package var owningClientID: ClientID?

    package init(
        id: ApiTokenID = .generate(), userID: UserID, organizationID: OrganizationID?, name: String, prefix: String,
        secretHash: String, createdAt: Date = Date(), lastUsedAt: Date? = nil, expiresAt: Date? = nil, revokedAt: Date? = nil,
        owningResellerID: ResellerID? = nil, owningClientID: ClientID? = nil
    ) {
        self.id = id
        self.userID = userID
        self.organizationID = organizationID
        self.name = name
        self.prefix = prefix
        self.secretHash = secretHash
        self.createdAt = createdAt
        self.lastUsedAt = lastUsedAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.owningResellerID = owningResellerID
        self.owningClientID = owningClientID
    }

    /// Whether the token still opens the door at `now`: not revoked and not expired.
    package func isUsable(at now: Date) -> Bool {
        revokedAt == nil && (expiresAt.map { now < $0 } ?? true)
    }

    /// A token belongs to its user (see ``Access/owner``).
    package var ownerUserID: UserID? { userID }
}
