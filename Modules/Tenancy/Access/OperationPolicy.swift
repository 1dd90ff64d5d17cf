package import GraphQL

/// The operation rules of access.md, in one place, with the two answers it prescribes: a record
/// outside the caller's scope is NOT_FOUND (as if it did not exist), a record inside it that the
/// caller may not change is FORBIDDEN.
package enum OperationPolicy {
    /// Checks that `caller` may perform `operation` on `record` (nil for a create).
    ///
    /// - Parameters:
    ///   - kind: The record's name for the NOT_FOUND message (`user`), the same whether the record
    ///     is absent or another tenant's.
    /// - Throws: ``ResolverError`` NOT_FOUND when the record is outside `scope`, FORBIDDEN when the
    ///   caller's role may not perform the operation on it.
    package static func authorize(
        _ operation: TenantOperation, caller: Caller, scope: AccessScope, record: (any TenantRecord)?, kind: String
    ) throws(ResolverError) {
        if let record, !scope.contains(record) {
            throw .notFound(kind)
        }
        guard allows(operation, caller: caller, record: record) else {
            throw .forbidden("Your role may not \(operation.phrase).")
        }
    }

    /// Whether the role rules allow the operation, scope aside.
    package static func allows(_ operation: TenantOperation, caller: Caller, record: (any TenantRecord)?) -> Bool {
        let role = caller.role
        let ownsAsReseller = role == .reseller && (record.map { $0.owningResellerID == caller.resellerID && $0.owningResellerID != nil } ?? true)
        let isClientItself = role == .client && (record.map { $0.owningClientID == caller.clientID && $0.owningClientID != nil } ?? true)
        switch operation {
        case .change:
            return role.isPlatformStaff || role == .orgOwner || role == .orgAdmin || ownsAsReseller
        case .deleteClient:
            return role == .superAdmin
        case .logInteraction:
            return role.isStaff || ownsAsReseller
        case .recordSurvey:
            return role.isStaff || isClientItself
        case .billingLinks, .analytics:
            return role.isPlatformStaff || role == .orgOwner || role == .orgAdmin || (operation == .analytics && role == .reseller)
        case .manageResellers, .manageUsers, .updateOrganization:
            return role.isPlatformStaff || role == .orgOwner
        case .provision:
            return role.isPlatformStaff || ownsAsReseller
        case .createOrganization:
            return role.isPlatformStaff
        case .revokeToken:
            return role == .superAdmin || (record?.ownerUserID.map { $0 == caller.userID } ?? false)
        }
    }

    /// Checks that `caller` may give `role` to a user, or change a user who has it: a SUPER_ADMIN
    /// any role; a PLATFORM_ADMIN any role but SUPER_ADMIN (so platform admins cannot make or
    /// unmake the people above them); an ORG_OWNER only the roles of an organization, never a
    /// platform role (access.md, "users and roles").
    ///
    /// - Throws: ``ResolverError`` FORBIDDEN otherwise.
    package static func authorizeGrant(of role: Role, to caller: Caller) throws(ResolverError) {
        let allowed: Bool
        switch caller.role {
        case .superAdmin: allowed = true
        case .platformAdmin: allowed = role != .superAdmin
        case .orgOwner: allowed = !role.isPlatformStaff
        default: allowed = false
        }
        guard allowed else {
            throw .forbidden("Your role may not grant or manage the role \(role.rawValue).")
        }
    }
}

extension TenantOperation {
    /// The operation in a sentence: "Your role may not <phrase>."
    var phrase: String {
        switch self {
        case .change: "change this record"
        case .deleteClient: "delete, restore or purge clients"
        case .logInteraction: "log interactions, messages or follow-ups here"
        case .recordSurvey: "record surveys here"
        case .billingLinks: "manage billing links"
        case .manageResellers: "manage resellers"
        case .provision: "provision against this reseller"
        case .manageUsers: "manage users"
        case .analytics: "read analytics"
        case .createOrganization: "create organizations"
        case .updateOrganization: "change this organization"
        case .revokeToken: "revoke this token"
        }
    }
}
