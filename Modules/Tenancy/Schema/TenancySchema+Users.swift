import GraphQL
import Storage

/// `viewer`, `createUser`, `updateUser`, `deactivateUser`.
///
/// Decisions where access.md is silent:
/// - a user never deactivates itself (FORBIDDEN), so an organization cannot lock out its last
///   owner by accident; another owner or platform staff can;
/// - changing a user needs the right to grant its current role and its new one, so an ORG_OWNER
///   cannot touch platform staff and a PLATFORM_ADMIN cannot touch a SUPER_ADMIN;
/// - users edit their own profile through the people who manage users; there is no self-service
///   mutation yet.
extension TenancySchema {
    static func registerUsers(in module: inout SchemaModule, ports: TenancyPorts) {
        module.resolve("Query", "viewer", .async { _, _, context in
            let access = try context.access()
            let users = try await loadUsers([access.caller.userID], context: context)
            guard let viewer = users[access.caller.userID] else { throw ResolverError.notFound("user") }
            return .object(viewer)
        })
        module.resolve("Mutation", "createUser", .async { _, arguments, context in
            let access = try context.access()
            let caller = access.caller
            try OperationPolicy.authorize(.manageUsers, caller: caller, scope: access.scope, record: nil, kind: "user")
            let creation = try UserInput.creating(input(arguments))
            try OperationPolicy.authorizeGrant(of: creation.role, to: caller)
            let now = access.now()
            let user = try await write(access) { connection in
                let organization = try organizationForNewUser(creation, caller: caller, scope: access.scope, connection: connection)
                if let organization {
                    try checkBindings(creation, in: organization, ports: ports, connection: connection)
                }
                let user = User(
                    organizationID: organization, firstName: creation.firstName, lastName: creation.lastName,
                    email: creation.email, role: creation.role, externalID: creation.externalID,
                    resellerID: creation.resellerID, clientID: creation.clientID, createdAt: now)
                try UserRepository(connection).create(user)
                return user
            }
            return .object(user)
        })
        module.resolve("Mutation", "updateUser", .async { _, arguments, context in
            let access = try context.access()
            let input = input(arguments)
            let id = arguments.string("id").flatMap(UserID.init(parsing:))
            let updated = try await write(access) { connection in
                let users = UserRepository(connection)
                let current = try manageableUser(id, access: access, users: users)
                if let role = try input.enumeration("role", as: Role.self) {
                    try OperationPolicy.authorizeGrant(of: role, to: access.caller)
                }
                let changed = try UserInput.updating(current, with: input)
                guard try users.update(changed, in: access.scope) else { throw ResolverError.notFound("user") }
                return changed
            }
            return .object(updated)
        })
        module.resolve("Mutation", "deactivateUser", .async { _, arguments, context in
            let access = try context.access()
            let id = arguments.string("id").flatMap(UserID.init(parsing:))
            let now = access.now()
            let deactivated = try await write(access) { connection in
                let users = UserRepository(connection)
                var user = try manageableUser(id, access: access, users: users)
                guard user.id != access.caller.userID else {
                    throw ResolverError.forbidden("You cannot deactivate yourself; ask another owner or platform staff.")
                }
                guard user.isActive else { return user }
                guard try users.deactivate(user.id, at: now, in: access.scope) else { throw ResolverError.notFound("user") }
                if let organization = user.organizationID {
                    _ = try ports.clientAssignments.releaseAssignments(of: user.id, in: organization, connection: connection)
                }
                user.deactivatedAt = now
                return user
            }
            return .object(deactivated)
        })
    }

    /// The user a caller means to change: in scope (NOT_FOUND otherwise), and one the caller
    /// may manage (FORBIDDEN otherwise).
    private static func manageableUser(_ id: UserID?, access: AccessContext, users: UserRepository) throws -> User {
        guard let id, let user = try users.user(id, in: access.scope) else { throw ResolverError.notFound("user") }
        try OperationPolicy.authorize(.manageUsers, caller: access.caller, scope: access.scope, record: user, kind: "user")
        try OperationPolicy.authorizeGrant(of: user.role, to: access.caller)
        return user
    }

    /// The organization a new user joins: none for platform staff; the one named by platform
    /// staff; the caller's own for everyone else, who may name it but no other (another
    /// organization is NOT_FOUND, exactly like an unknown one).
    private static func organizationForNewUser(
        _ creation: UserInput.Creation, caller: Caller, scope: AccessScope, connection: any SQLConnection
    ) throws -> OrganizationID? {
        if creation.role.isPlatformStaff {
            guard creation.organizationID == nil else {
                throw ResolverError.badUserInput("Platform staff belong to no organization; omit organizationId.", field: "organizationId")
            }
            return nil
        }
        guard let named = creation.organizationID else {
            guard let own = caller.organizationID else {
                throw ResolverError.badUserInput("Name the organization the user joins.", field: "organizationId")
            }
            return own
        }
        guard let id = OrganizationID(parsing: named),
            try OrganizationRepository(connection).organization(id, in: scope) != nil
        else { throw ResolverError.notFound("organization") }
        return id
    }

    /// Checks through the ports that a RESELLER or CLIENT login's record exists in the
    /// organization.
    private static func checkBindings(
        _ creation: UserInput.Creation, in organization: OrganizationID, ports: TenancyPorts, connection: any SQLConnection
    ) throws {
        if let reseller = creation.resellerID,
            try !ports.loginBindings.resellerExists(reseller, in: organization, connection: connection)
        {
            throw UserInput.invalidReseller
        }
        if let client = creation.clientID,
            try !ports.loginBindings.clientExists(client, in: organization, connection: connection)
        {
            throw UserInput.unknownClient
        }
    }
}
