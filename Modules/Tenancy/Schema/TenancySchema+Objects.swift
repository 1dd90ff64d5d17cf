package import GraphQL
import Storage

/// The resolvers of Tenancy's object types. Properties read the value in hand; relations are
/// batch resolvers, so a list of 100 users reaches storage once for their organizations.
extension TenancySchema {
    static func registerObjects(in module: inout SchemaModule) {
        module.resolvers(for: "Organization", on: Organization.self) { organization in
            organization.field("id") { .id($0.id) }
            organization.field("name") { .string($0.name) }
            organization.field("slug") { .string($0.slug) }
            organization.field("country") { .string($0.country) }
            organization.field("currency") { .string($0.currency) }
            organization.field("createdAt") { .dateTime($0.createdAt) }
            organization.field("settings") { .object($0.settings) }
            organization.batch("users") { organizations, _, context in
                let access = try context.access()
                let ids = organizations.map(\.id)
                let users = try await access.database.read { connection in
                    try UserRepository(connection).users(inOrganizations: ids, in: access.scope)
                }
                return ids.map { .objects(users[$0] ?? []) }
            }
        }
        module.resolvers(for: "OrganizationSettings", on: OrganizationSettings.self) { settings in
            settings.field("defaultClientStatus") { .enumValue($0.defaultClientStatus) }
            settings.field("refidPrefix") { .string($0.refidPrefix) }
            settings.field("premiumMinPurchases") { .int($0.premiumMinPurchases) }
            settings.field("regularMinPurchases") { .int($0.regularMinPurchases) }
            settings.field("engagementWindowDays") { .int($0.engagementWindowDays) }
            settings.field("inactivityAlertDays") { .int($0.inactivityAlertDays) }
        }
        module.resolvers(for: "User", on: User.self) { user in
            user.field("id") { .id($0.id) }
            user.batch("organization") { users, _, context in
                let access = try context.access()
                let organizations = try await loadOrganizations(users.compactMap(\.organizationID), context: context, access: access)
                return users.map { user in user.organizationID.flatMap { organizations[$0] }.map { .object($0) } ?? .null }
            }
            user.field("firstName") { .string($0.firstName) }
            user.field("lastName") { .string($0.lastName) }
            user.field("email") { .string($0.email) }
            user.field("role") { .enumValue($0.role) }
            user.field("active") { .bool($0.isActive) }
            user.field("externalId") { .string($0.externalID) }
            user.field("resellerId") { .id($0.resellerID) }
            user.field("clientId") { .id($0.clientID) }
            user.field("createdAt") { .dateTime($0.createdAt) }
            user.field("deactivatedAt") { .dateTime($0.deactivatedAt) }
            user.batch("apiTokens") { users, _, context in
                let access = try context.access()
                let ids = users.map(\.id)
                let tokens = try await access.database.read { connection in
                    try ApiTokenRepository(connection).tokens(ofUsers: ids, in: access.scope)
                }
                return ids.map { .objects(tokens[$0] ?? []) }
            }
        }
        module.resolvers(for: "ApiToken", on: ApiToken.self) { token in
            token.field("id") { .id($0.id) }
            token.field("name") { .string($0.name) }
            token.field("prefix") { .string($0.prefix) }
            token.field("createdAt") { .dateTime($0.createdAt) }
            token.field("lastUsedAt") { .dateTime($0.lastUsedAt) }
            token.field("expiresAt") { .dateTime($0.expiresAt) }
            token.field("revokedAt") { .dateTime($0.revokedAt) }
            token.batch("user") { tokens, _, context in
                let users = try await loadUsers(tokens.map(\.userID), context: context)
                return tokens.map { users[$0.userID].map { .object($0) } ?? .null }
            }
        }
        module.resolvers(for: "PageMeta", on: PageMeta.self) { meta in
            meta.field("total") { .int($0.total) }
            meta.field("page") { .int($0.page) }
            meta.field("limit") { .int($0.limit) }
            meta.field("totalPages") { .int($0.totalPages) }
        }
        module.resolvers(for: "PageInfo", on: PageInfo.self) { info in
            info.field("endCursor") { .string($0.endCursor) }
            info.field("hasNextPage") { .bool($0.hasNextPage) }
        }
        module.resolvers(for: "CreateApiTokenPayload", on: CreatedApiToken.self) { payload in
            payload.field("token") { .string($0.token) }
            payload.field("apiToken") { .object($0.apiToken) }
        }
    }

    /// Organizations by id through the request's loader, so each is read once per request; other
    /// modules' `organization` fields call it too.
    package static func loadOrganizations(
        _ ids: [OrganizationID], context: ResolveContext, access: AccessContext
    ) async throws -> [OrganizationID: Organization] {
        let loader = context.loaders.loader("tenancy.organization", of: OrganizationID.self, Organization.self)
        return try await loader.load(ids) { missing in
            try await access.database.read { connection in
                try OrganizationRepository(connection).organizations(missing, in: access.scope)
            }
        }
    }

    /// Users by id through the request's loader, in the caller's scope: what every module's
    /// `assignedTo`, `createdBy` or `author` field calls, so a page of 100 clients costs one
    /// statement for their users.
    package static func loadUsers(_ ids: [UserID], context: ResolveContext) async throws -> [UserID: User] {
        let access = try context.access()
        let loader = context.loaders.loader("tenancy.user", of: UserID.self, User.self)
        return try await loader.load(ids) { missing in
            try await access.database.read { connection in
                try UserRepository(connection).users(missing, in: access.scope)
            }
        }
    }

    /// The CLIENT login bound to each of these clients, through the request's loader and in the
    /// caller's scope: `Client.boundUser` for a whole page in one statement.
    package static func loadClientLogins(_ clients: [ClientID], context: ResolveContext) async throws -> [ClientID: User] {
        let access = try context.access()
        let loader = context.loaders.loader("tenancy.clientLogin", of: ClientID.self, User.self)
        return try await loader.load(clients) { missing in
            try await access.database.read { connection in
                try UserRepository(connection).clientLogins(of: missing, in: access.scope)
            }
        }
    }
}
