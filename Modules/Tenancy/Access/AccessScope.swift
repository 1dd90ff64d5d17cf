/// The part of the data a request may see, derived from its caller (access.md, "Roles and scope").
///
/// Every repository function that reads or changes tenant rows takes a scope and filters by it
/// (see `AccessScope+SQL.swift`); a record outside it behaves exactly like an absent one.
///
/// | caller | organizations | confinement |
/// | --- | --- | --- |
/// | platform staff | all | none |
/// | ORG_OWNER, ORG_ADMIN, ORG_MEMBER | its own | none |
/// | RESELLER | its own | its reseller |
/// | CLIENT | its own | its client |
///
/// Deleted rows are hidden unless ``includeDeleted`` is set, which only a SUPER_ADMIN can obtain.
package struct AccessScope: Sendable, Hashable {
    /// Which organizations the scope reaches.
    package enum Organizations: Sendable, Hashable {
        case all
        case only(OrganizationID)
    }

    /// Which rows inside those organizations the scope reaches.
    package enum Confinement: Sendable, Hashable {
        /// Every row.
        case none
        /// Only the reseller's clients and their records (and the reseller's own logins).
        case reseller(ResellerID)
        /// Only the client's own record and its records (and its own login).
        case client(ClientID)
    }

    package let organizations: Organizations
    package let confinement: Confinement
    /// Whether soft-deleted rows are visible (SUPER_ADMIN on request only).
    package let includeDeleted: Bool

    /// The scope of a caller.
    ///
    /// - Parameter includeDeleted: Asks for deleted rows too; honoured for a SUPER_ADMIN only and
    ///   ignored for everyone else (who then simply sees no deleted row).
    package init(_ caller: Caller, includeDeleted: Bool = false) {
        if let organization = caller.organizationID {
            organizations = .only(organization)
        } else {
            organizations = .all
        }
        switch caller.role {
        case .reseller: confinement = caller.resellerID.map(Confinement.reseller) ?? .none
        case .client: confinement = caller.clientID.map(Confinement.client) ?? .none
        default: confinement = .none
        }
        self.includeDeleted = includeDeleted && caller.role == .superAdmin
    }

    private init(organizations: Organizations, confinement: Confinement, includeDeleted: Bool) {
        self.organizations = organizations
        self.confinement = confinement
        self.includeDeleted = includeDeleted
    }

    /// Every row of every organization, deleted ones included: for the trusted code that runs
    /// before there is a caller or on behalf of the operator (the authenticator looking a token
    /// up, the first-start bootstrap, `clientela token create`). Never derived from a request.
    package static let unrestricted = AccessScope(organizations: .all, confinement: .none, includeDeleted: true)

    /// Whether the scope reaches an organization's rows at all.
    package func contains(organization: OrganizationID?) -> Bool {
        switch organizations {
        case .all: true
        case .only(let only): organization == only
        }
    }

    /// Whether a record lies inside the scope: its organization is reached, and under a
    /// confinement it is the reseller's or the client's (or organization-wide, like the
    /// organization itself).
    package func contains(_ record: some TenantRecord) -> Bool {
        guard contains(organization: record.organizationID) else { return false }
        if record.isOrganizationWide { return true }
        switch confinement {
        case .none: return true
        case .reseller(let reseller): return record.owningResellerID == reseller
        case .client(let client): return record.owningClientID == client
        }
    }
}
