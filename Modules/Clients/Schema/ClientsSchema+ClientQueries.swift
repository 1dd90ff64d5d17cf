import Foundation
import GraphQL
import Storage
import Tenancy

/// `client(id, refid)` and `clients(…)`. A client outside the caller's scope, an unknown one and
/// a malformed id or refid all answer null (or are simply not listed), byte for byte alike.
extension ClientsSchema {
    static func registerClientQueries(in module: inout SchemaModule) {
        module.resolve("Query", "client", .async { _, arguments, context in
            let access = try context.access()
            switch (arguments.string("id"), arguments.string("refid")) {
            case (nil, nil):
                throw ResolverError.badUserInput("Give the client's id or its refid.", field: "id")
            case (_?, _?):
                throw ResolverError.badUserInput("Give the client's id or its refid, not both.", field: "refid")
            case (let text?, nil):
                guard let id = ClientID(parsing: text) else { return .null }
                return try await loadClients([id], context: context)[id].map { .object($0) } ?? .null
            case (nil, let text?):
                guard let refid = try? RefID(parsing: text) else { return .null }
                let client = try await access.database.read { try ClientRepository($0).client(refid: refid, in: access.scope) }
                return client.map { .object($0) } ?? .null
            }
        })
        module.resolve("Query", "clients", .async { _, arguments, context in
            let access = try context.access()
            let request = try ClientListRequest(arguments)
            let query = request.query
            guard !request.matchesNothing else {
                let meta = PageMeta(total: 0, page: request.byCursor ? nil : query.page, limit: query.limit)
                return .object(RecordPage<Client>(data: [], meta: meta, pageInfo: PageInfo(endCursor: nil, hasNextPage: false)))
            }
            let scope = access.scope(includeDeleted: query.filter.includeDeleted)
            let now = access.now()
            let page = try await access.database.read { connection in
                var query = query
                if query.filter.engaged != nil {
                    query.filter.engagedSinceByOrganization = try engagementStarts(
                        of: query.filter.organization, now: now, in: scope, connection: connection)
                }
                return try ClientRepository(connection).list(query, in: scope)
            }
            let meta = PageMeta(total: page.total, page: request.byCursor ? nil : page.page, limit: page.limit)
            let pageInfo = PageInfo(
                endCursor: page.end.map { ClientCursor(order: query.order, position: $0).encoded }, hasNextPage: page.next != nil)
            return .object(RecordPage(data: page.clients, meta: meta, pageInfo: pageInfo))
        })
    }

    /// The start of the engagement window of every organization the list can span (the one the
    /// filter names, or every organization in scope), one statement: platform staff see clients
    /// of organizations with different windows, and each client is judged by its own.
    private static func engagementStarts(
        of organization: OrganizationID?, now: Date, in scope: AccessScope, connection: any SQLConnection
    ) throws -> [OrganizationID: Date] {
        let organizations = OrganizationRepository(connection)
        let reached = try organization.map { try organizations.organizations([$0], in: scope).map(\.value) } ?? organizations.organizations(in: scope)
        return Dictionary(uniqueKeysWithValues: reached.map { organization in
            (organization.id, Engagement.windowStart(now: now, days: organization.settings.engagementWindowDays))
        })
    }
}
