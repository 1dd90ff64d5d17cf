import GraphQL
import Storage

/// `organization`, `organizations`, `createOrganization`, `updateOrganization`.
extension TenancySchema {
    static func registerOrganizations(in module: inout SchemaModule) {
        module.resolve("Query", "organization", .async { _, arguments, context in
            let access = try context.access()
            guard let id = arguments.string("id").flatMap(OrganizationID.init(parsing:)) else { return .null }
            let organizations = try await loadOrganizations([id], context: context, access: access)
            return organizations[id].map { .object($0) } ?? .null
        })
        module.resolve("Query", "organizations", .async { _, _, context in
            let access = try context.access()
            let organizations = try await access.database.read { connection in
                try OrganizationRepository(connection).organizations(in: access.scope)
            }
            return .objects(organizations)
        })
        module.resolve("Mutation", "createOrganization", .async { _, arguments, context in
            let access = try context.access()
            try OperationPolicy.authorize(.createOrganization, caller: access.caller, scope: access.scope, record: nil, kind: "organization")
            let organization = try OrganizationInput.creating(input(arguments), now: access.now())
            try await write(access) { connection in try OrganizationRepository(connection).create(organization) }
            return .object(organization)
        })
        module.resolve("Mutation", "updateOrganization", .async { _, arguments, context in
            let access = try context.access()
            let input = input(arguments)
            let id = arguments.string("id").flatMap(OrganizationID.init(parsing:))
            let updated = try await write(access) { connection in
                let organizations = OrganizationRepository(connection)
                guard let id, let current = try organizations.organization(id, in: access.scope) else {
                    throw ResolverError.notFound("organization")
                }
                try OperationPolicy.authorize(.updateOrganization, caller: access.caller, scope: access.scope, record: current, kind: "organization")
                let changed = try OrganizationInput.updating(current, with: input)
                guard try organizations.update(changed, in: access.scope) else { throw ResolverError.notFound("organization") }
                return changed
            }
            return .object(updated)
        })
    }
}
