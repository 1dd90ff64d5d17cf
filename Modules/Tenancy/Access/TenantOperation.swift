/// The rows of access.md's "Operations" table, plus the Tenancy operations it implies.
package enum TenantOperation: String, Sendable, Hashable, CaseIterable {
    /// Create, update, transition, assign, link events (clients and what hangs off them).
    case change
    /// deleteClient, restoreClient, purgeClient.
    case deleteClient
    /// Log interactions, messages, follow-ups.
    case logInteraction
    /// Record a survey.
    case recordSurvey
    /// Billing links (an organization's integration token is the Billing module's own matter).
    case billingLinks
    /// Resellers: create, suspend, top up credit.
    case manageResellers
    /// Provision against a reseller's credit.
    case provision
    /// Users and roles; which roles may be granted is ``OperationPolicy/authorizeGrant(of:to:)``.
    case manageUsers
    /// Analytics.
    case analytics
    /// Create an organization. Not in access.md's table: platform staff only, since every other
    /// role belongs to an organization that already exists.
    case createOrganization
    /// Change an organization's name, slug, country, currency or settings. Not in access.md's
    /// table: platform staff and the ORG_OWNER, the same people who manage its users.
    case updateOrganization
    /// Revoke an API token: its owner or a SUPER_ADMIN, the people who may read it (access.md,
    /// "ApiToken (any field)"). Anyone else cuts a user off by deactivating the user.
    case revokeToken
}
