package import Foundation

/// A team member, or a login bound to one reseller or one client.
///
/// Platform staff have no organization; everyone else has one. A RESELLER login names its
/// reseller and a CLIENT login its client (domain.md, "Tenancy"); the other roles name neither.
/// Emails are stored trimmed and lower-cased, so uniqueness is case-insensitive.
package struct User: Sendable, Hashable, TenantRecord {
    package var id: UserID
    package var organizationID: OrganizationID?
    package var firstName: String
    package var lastName: String
    package var email: String
    package var role: Role
    /// The subject (`sub`) an outside identity provider gives this user, for JSON Web Tokens.
    package var externalID: String?
    package var resellerID: ResellerID?
    package var clientID: ClientID?
    package var createdAt: Date
    /// When the user was deactivated; a deactivated user's tokens stop working at once.
    package var deactivatedAt: Date?

    package init(
        id: UserID = .generate(), organizationID: OrganizationID?, firstName: String, lastName: String, email: String,
        role: Role, externalID: String? = nil, resellerID: ResellerID? = nil, clientID: ClientID? = nil,
        createdAt: Date = Date(), deactivatedAt: Date? = nil
    ) {
        self.id = id
        self.organizationID = organizationID
        self.firstName = firstName
        self.lastName = lastName
        self.email = email
        self.role = role
        self.externalID = externalID
        self.resellerID = resellerID
        self.clientID = clientID
        self.createdAt = createdAt
        self.deactivatedAt = deactivatedAt
    }

    package var isActive: Bool { deactivatedAt == nil }

    /// A RESELLER login belongs to its reseller's records.
    package var owningResellerID: ResellerID? { resellerID }
    /// A CLIENT login belongs to its client's records.
    package var owningClientID: ClientID? { clientID }
    /// A user owns its own record (see ``Access/owner``).
    package var ownerUserID: UserID? { id }
}
