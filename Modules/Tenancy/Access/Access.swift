/// One value of the `@allow(roles: [Access!]!)` directive: who may read a restricted field.
///
/// The seven roles, plus OWNER. A role never counts outside what that role is confined to, so the
/// SDL can name roles and still mean access.md's "the owning RESELLER" or "the CLIENT itself":
/// - SUPER_ADMIN, PLATFORM_ADMIN: a caller with that role, for any record;
/// - ORG_OWNER, ORG_ADMIN, ORG_MEMBER: a caller with that role, for records of its own
///   organization only ("staff of the same organization");
/// - RESELLER: a RESELLER login, for records of its own reseller only (the owning reseller);
/// - CLIENT: a CLIENT login, for records of its own client only (the client itself);
/// - OWNER: the user who owns the record (an API token's user; a user is its own owner).
///
/// A restricted field on a value that is not a ``TenantRecord`` (a wiring slip) is judged by the
/// caller's role alone and never matches OWNER: the repositories' scope has already kept other
/// tenants' rows out.
package enum Access: String, Sendable, Hashable, CaseIterable {
    case superAdmin = "SUPER_ADMIN"
    case platformAdmin = "PLATFORM_ADMIN"
    case orgOwner = "ORG_OWNER"
    case orgAdmin = "ORG_ADMIN"
    case orgMember = "ORG_MEMBER"
    case reseller = "RESELLER"
    case client = "CLIENT"
    case owner = "OWNER"

    /// The role this value names, nil for OWNER.
    package var role: Role? { Role(rawValue: rawValue) }

    /// Whether this value lets `caller` read a field of `record`.
    package func grants(_ caller: Caller, record: (any TenantRecord)?) -> Bool {
        if self == .owner {
            guard let owner = record?.ownerUserID else { return false }
            return owner == caller.userID
        }
        guard let role, caller.role == role else { return false }
        guard let record else { return true }
        switch role {
        case .superAdmin, .platformAdmin:
            return true
        case .orgOwner, .orgAdmin, .orgMember:
            return record.organizationID != nil && record.organizationID == caller.organizationID
        case .reseller:
            return record.organizationID == caller.organizationID && record.owningResellerID != nil
                && record.owningResellerID == caller.resellerID
        case .client:
            return record.organizationID == caller.organizationID && record.owningClientID != nil
                && record.owningClientID == caller.clientID
        }
    }
}
