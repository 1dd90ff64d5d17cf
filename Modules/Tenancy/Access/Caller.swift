/// Who is calling: the authenticated user as far as access decisions go.
///
/// Built by the authenticator from the user's row; the initialiser refuses combinations that the
/// rest of the code assumes never happen, so a damaged row locks its user out instead of
/// widening its access.
package struct Caller: Sendable, Hashable {
    package let userID: UserID
    package let role: Role
    /// The caller's organization; nil exactly for platform staff.
    package let organizationID: OrganizationID?
    /// The reseller a RESELLER login acts for; nil for every other role.
    package let resellerID: ResellerID?
    /// The client a CLIENT login is bound to; nil for every other role.
    package let clientID: ClientID?

    /// - Returns: nil when the combination is inconsistent: platform staff with an organization,
    ///   another role without one, a RESELLER without a reseller or a CLIENT without a client, or
    ///   a reseller or client named for a role that has none.
    package init?(
        userID: UserID, role: Role, organizationID: OrganizationID?, resellerID: ResellerID? = nil, clientID: ClientID? = nil
    ) {
        guard role.isPlatformStaff == (organizationID == nil),
            (role == .reseller) == (resellerID != nil),
            (role == .client) == (clientID != nil)
        else { return nil }
        self.userID = userID
        self.role = role
        self.organizationID = organizationID
        self.resellerID = resellerID
        self.clientID = clientID
    }

    /// The caller a user's row describes, or nil when the row is inconsistent (see above).
    package init?(_ user: User) {
        self.init(userID: user.id, role: user.role, organizationID: user.organizationID, resellerID: user.resellerID, clientID: user.clientID)
    }
}
