import Storage

/// What a user is to Clientela, which decides what it may see and do (access.md, "Roles and
/// scope"). The raw values are the GraphQL enum values and the stored text.
package enum Role: String, Sendable, Hashable, CaseIterable, SQLValueConvertible {
    case superAdmin = "SUPER_ADMIN"
    case platformAdmin = "PLATFORM_ADMIN"
    case orgOwner = "ORG_OWNER"
    case orgAdmin = "ORG_ADMIN"
    case orgMember = "ORG_MEMBER"
    case reseller = "RESELLER"
    case client = "CLIENT"

    /// Platform staff see every organization and belong to none.
    package var isPlatformStaff: Bool {
        self == .superAdmin || self == .platformAdmin
    }

    /// Staff of one organization: its owners, admins and members.
    package var isOrgStaff: Bool {
        self == .orgOwner || self == .orgAdmin || self == .orgMember
    }

    /// Platform staff or staff of an organization: everyone who is not a bound login.
    package var isStaff: Bool {
        isPlatformStaff || isOrgStaff
    }

    /// Whether a user with this role belongs to an organization (every role but platform staff).
    package var belongsToOrganization: Bool {
        !isPlatformStaff
    }
}
