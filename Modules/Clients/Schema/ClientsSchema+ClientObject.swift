import Foundation
import GraphQL
import Storage
import Tenancy

/// `Client`. Stored properties are read from the row in hand; every relation is a batch resolver
/// over the request's loaders or one statement for the whole level, so a page of 100 clients
/// costs as many statements as a page of one. Restricted fields carry `@allow` in the SDL and
/// the engine checks them against the client itself (a ``TenantRecord``).
extension ClientsSchema {
    static func registerClientObject(in module: inout SchemaModule) {
        module.resolvers(for: "Client", on: Client.self) { client in
            client.field("id") { .id($0.id) }
            client.field("refid") { .string($0.refid.value) }
            client.field("name") { .string($0.draft.name) }
            client.field("firstName") { .string($0.draft.firstName) }
            client.field("lastName") { .string($0.draft.lastName) }
            client.field("email") { .string($0.draft.email?.value) }
            client.field("phone") { .string($0.draft.phone?.value) }
            client.field("type") { .enumValue($0.draft.type) }
            client.field("status") { .enumValue($0.draft.status) }
            client.field("segment") { .enumValue($0.segment) }
            client.field("totalPurchases") { .int($0.totalPurchases) }
            client.field("lifetimeValue") { .int($0.lifetimeValue) }
            client.field("taxId") { .string($0.draft.taxId?.value) }
            client.field("businessName") { .string($0.draft.businessName) }
            client.field("billingAddress") { .string($0.draft.billingAddress) }
            client.field("address") { $0.draft.address.map { .object($0) } ?? .null }
            client.field("acquisitionSource") { $0.draft.acquisitionSource.map { .enumValue($0) } ?? .null }
            client.field("acquisitionDetail") { .string($0.draft.acquisitionDetail) }
            client.field("notes") { .string($0.draft.notes) }
            client.field("metadata") { .leaf($0.draft.metadata.value) }
            client.field("resellerId") { .id($0.resellerID) }
            client.field("createdAt") { .dateTime($0.createdAt) }
            client.field("updatedAt") { .dateTime($0.updatedAt) }
            client.field("deletedAt") { .dateTime($0.deletedAt) }
            client.field("lastContactAt") { .dateTime($0.lastContactAt) }
            client.field("_count") { .object(ClientCountRequest(client: $0.id)) }
            client.batch("assignedTo") { clients, _, context in
                try await users(clients.map(\.assignedTo), context: context)
            }
            client.batch("createdBy") { clients, _, context in
                try await users(clients.map(\.createdBy), context: context)
            }
            client.batch("boundUser") { clients, _, context in
                let logins = try await TenancySchema.loadClientLogins(clients.map(\.id), context: context)
                return clients.map { logins[$0.id].map { .object($0) } ?? .null }
            }
            client.batch("organization") { clients, _, context in
                let organizations = try await TenancySchema.loadOrganizations(
                    clients.map(\.organization), context: context, access: try context.access())
                return clients.map { organizations[$0.organization].map { .object($0) } ?? .null }
            }
            client.batch("isEngaged") { clients, _, context in
                let access = try context.access()
                let organizations = try await TenancySchema.loadOrganizations(clients.map(\.organization), context: context, access: access)
                let now = access.now()
                return clients.map { client in
                    let days = organizations[client.organization]?.settings.engagementWindowDays ?? OrganizationSettings.defaults.engagementWindowDays
                    return .bool(Engagement.isEngaged(lastContactAt: client.lastContactAt, lastPurchaseAt: client.lastPurchaseAt, now: now, days: days))
                }
            }
            client.batch("events") { clients, _, context in
                let access = try context.access()
                let ids = clients.map(\.id)
                let events = try await access.database.read { try EventRepository($0).events(ofClients: ids, in: access.scope) }
                return ids.map { .objects(events[$0] ?? []) }
            }
            client.batch("statusHistory") { clients, _, context in
                let access = try context.access()
                let ids = clients.map(\.id)
                let history = try await access.database.read { try ClientRepository($0).statusHistory(of: ids, in: access.scope) }
                return ids.map { .objects((history[$0] ?? []).reversed()) }
            }
            client.batch("changes") { clients, _, context in
                let access = try context.access()
                let ids = clients.map(\.id)
                let changes = try await access.database.read { try ClientRepository($0).changes(of: ids, in: access.scope) }
                return ids.map { .objects((changes[$0] ?? []).reversed()) }
            }
        }
    }

    /// One `User` per parent from optional ids, through Tenancy's user loader (one statement for
    /// the ids not yet loaded in the request); a user outside the caller's scope is null.
    static func users(_ ids: [UserID?], context: ResolveContext) async throws -> [FieldValue] {
        let found = try await TenancySchema.loadUsers(ids.compactMap { $0 }, context: context)
        return ids.map { id in id.flatMap { found[$0] }.map { .object($0) } ?? .null }
    }
}
