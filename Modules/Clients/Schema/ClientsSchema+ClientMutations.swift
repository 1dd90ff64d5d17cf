import Foundation
import GraphQL
import Storage
import Tenancy

/// `createClient`, `updateClient`, the lifecycle mutations and `deleteClient`, `restoreClient`,
/// `purgeClient`: each one transaction in which the target is read in the caller's scope
/// (absent → NOT_FOUND), ``OperationPolicy`` decides (FORBIDDEN), the input is checked against
/// the organization's settings, and the change and its history are written together.
///
/// Decisions where the spec is silent:
/// - a RESELLER login's clients are always its own: it may name its own reseller or none, and
///   naming another (or making one of its clients standalone) is FORBIDDEN;
/// - the owning reseller of a client, even the caller's own, must take clients (the Resellers
///   module's port), so a suspended reseller's login cannot add clients;
/// - deleting a deleted client and restoring a live one change nothing and return the client as
///   it is (a retried request must not fail);
/// - a transition reason is at most 500 characters, blank meaning none.
extension ClientsSchema {
    static func registerClientMutations(in module: inout SchemaModule, ports: ClientsPorts) {
        module.resolve("Mutation", "createClient", .async { _, arguments, context in
            let access = try context.access()
            try OperationPolicy.authorize(.change, caller: access.caller, scope: access.scope, record: nil, kind: "client")
            let input = input(arguments)
            let values = try ClientInput(input)
            let references = try ClientReferences(input)
            let now = access.now()
            let (client, warnings) = try await write(access) { connection in
                let organization = try organizationForNewRecord(named: references.organizationID, access: access, connection: connection)
                let checked = try ClientDraft.creating(from: values, rules: organization.clientRules)
                let owner = try owningReseller(references.reseller, current: nil, organization: organization.id, access: access, ports: ports, connection: connection)
                let client = try ClientRepository(connection).create(
                    checked.draft, organization: organization.id, refidPrefix: organization.settings.refidPrefix,
                    resellerID: owner ?? nil, assignedTo: references.assignedTo.value, thresholds: organization.segmentThresholds,
                    createdBy: access.caller.userID, at: now, in: access.scope)
                return (client, checked.warnings)
            }
            report(warnings, context: context)
            return .object(client)
        })
        module.resolve("Mutation", "updateClient", .async { _, arguments, context in
            let access = try context.access()
            let id = try clientID(arguments)
            let input = input(arguments)
            let values = try ClientInput(input)
            let references = try ClientReferences(input)
            let now = access.now()
            let (client, warnings) = try await write(access) { connection in
                let repository = ClientRepository(connection)
                let current = try changeableClient(id, access: access, repository: repository)
                let organization = try organization(current.organization, connection: connection)
                let checked = try current.draft.updating(with: values, rules: organization.clientRules)
                let owner = try owningReseller(
                    references.reseller, current: current, organization: organization.id, access: access, ports: ports, connection: connection)
                let updated = try repository.update(
                    id, to: checked.draft, assignedTo: references.assignedTo.change, resellerID: owner, by: access.caller.userID,
                    at: now, in: access.scope)
                return (updated.client, checked.warnings)
            }
            report(warnings, context: context)
            return .object(client)
        })
        module.resolve("Mutation", "transitionClient", .async { _, arguments, context in
            guard let to = arguments.string("to").flatMap(ClientStatus.init(rawValue:)) else {
                throw ResolverError.badUserInput("to names no client status.", field: "to")
            }
            return try await transition(arguments, to: to, context: context)
        })
        module.resolve("Mutation", "activateClient", .async { _, arguments, context in
            try await transition(arguments, to: .active, context: context)
        })
        module.resolve("Mutation", "suspendClient", .async { _, arguments, context in
            try await transition(arguments, to: .suspended, context: context)
        })
        module.resolve("Mutation", "deleteClient", .async { _, arguments, context in
            try await setDeleted(true, arguments: arguments, context: context)
        })
        module.resolve("Mutation", "restoreClient", .async { _, arguments, context in
            try await setDeleted(false, arguments: arguments, context: context)
        })
        module.resolve("Mutation", "purgeClient", .async { _, arguments, context in
            let access = try context.access()
            let id = try clientID(arguments)
            let now = access.now()
            let scope = access.scope(includeDeleted: true)
            let tombstone = try await write(access) { connection in
                let repository = ClientRepository(connection)
                _ = try removableClient(id, access: access, scope: scope, repository: repository)
                return try repository.purge(id, by: access.caller.userID, at: now, participants: ports.purgeParticipants, in: scope)
            }
            return .object(tombstone)
        })
    }

    /// `deleteClient` (`deleted` true) and `restoreClient`: a client already in the asked state is
    /// returned as it is, so that a retried request does not fail.
    private static func setDeleted(_ deleted: Bool, arguments: Arguments, context: ResolveContext) async throws -> FieldValue {
        let access = try context.access()
        let id = try clientID(arguments)
        let now = access.now()
        let scope = access.scope(includeDeleted: true)
        let client = try await write(access) { connection in
            let repository = ClientRepository(connection)
            let client = try removableClient(id, access: access, scope: scope, repository: repository)
            guard (client.deletedAt != nil) != deleted else { return client }
            return deleted ? try repository.delete(id, at: now, in: scope) : try repository.restore(id, at: now, in: scope)
        }
        return .object(client)
    }

    /// `transitionClient` and its shorthands: the lifecycle move and its StatusChange, in one
    /// transaction.
    private static func transition(_ arguments: Arguments, to status: ClientStatus, context: ResolveContext) async throws -> FieldValue {
        let access = try context.access()
        let id = try clientID(arguments)
        let reason = try arguments.string("reason").flatMap { text throws(ResolverError) in try transitionReason(text) }
        let now = access.now()
        let client = try await write(access) { connection in
            let repository = ClientRepository(connection)
            _ = try changeableClient(id, access: access, repository: repository)
            return try repository.transition(id, to: status, reason: reason, by: access.caller.userID, at: now, in: access.scope).client
        }
        return .object(client)
    }

    /// The longest transition reason kept.
    static let maximumReasonLength = 500

    /// A transition reason: trimmed, nil when blank, at most ``maximumReasonLength`` characters.
    static func transitionReason(_ text: String) throws(ResolverError) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        guard trimmed.count <= maximumReasonLength else {
            throw .badUserInput("reason must be at most \(maximumReasonLength) characters.", field: "reason")
        }
        return trimmed
    }

    /// A live client the caller may change: in scope (NOT_FOUND otherwise) and changeable by its
    /// role (FORBIDDEN otherwise).
    private static func changeableClient(_ id: ClientID, access: AccessContext, repository: ClientRepository) throws -> Client {
        guard let client = try repository.client(id, in: access.scope) else { throw ResolverError.notFound("client") }
        try OperationPolicy.authorize(.change, caller: access.caller, scope: access.scope, record: client, kind: "client")
        return client
    }

    /// A client, deleted or not, that the caller may delete, restore or purge: in `scope` (which
    /// shows deleted rows to a SUPER_ADMIN only, so to everyone else a deleted client is
    /// NOT_FOUND) and SUPER_ADMIN's to remove (FORBIDDEN for others who can see it).
    private static func removableClient(
        _ id: ClientID, access: AccessContext, scope: AccessScope, repository: ClientRepository
    ) throws -> Client {
        guard let client = try repository.client(id, in: scope) else { throw ResolverError.notFound("client") }
        try OperationPolicy.authorize(.deleteClient, caller: access.caller, scope: scope, record: client, kind: "client")
        return client
    }

    /// The owning reseller a write asks for, checked: nil to leave it as is (an update that does
    /// not name one), `.some(nil)` for a standalone client, `.some(id)` for a reseller that
    /// takes clients in the organization (INVALID_RESELLER otherwise).
    ///
    /// A RESELLER login's clients are its own: on create it gets its reseller whether it names
    /// it or not; naming another reseller, or none on update, is FORBIDDEN.
    private static func owningReseller(
        _ requested: InputField<ResellerID>, current: Client?, organization: OrganizationID, access: AccessContext,
        ports: ClientsPorts, connection: any SQLConnection
    ) throws -> ResellerID?? {
        var owner = requested.change
        if let own = access.caller.resellerID {
            if let owner, owner != own {
                throw ResolverError.forbidden("A RESELLER login's clients are its own; it may not name another reseller or none.")
            }
            owner = current == nil ? .some(own) : owner
        }
        guard let owner, let reseller = owner else { return owner }
        if let current, current.resellerID == reseller { return owner }
        guard try ports.resellers.acceptsClients(reseller, in: organization, on: connection) else {
            throw ClientReferences.invalidReseller
        }
        return owner
    }

    /// Puts the accepted doubts of a committed write into the response's `extensions.warnings`,
    /// each as `{code, field, message, path}` with the mutation's own path.
    private static func report(_ warnings: [ClientInputWarning], context: ResolveContext) {
        for warning in warnings {
            context.responseExtensions.append(.object(OrderedObject([
                ("code", .string(warning.code)), ("field", .string(warning.field)), ("message", .string(warning.message)),
                ("path", .list([.string(context.responseKey)])),
            ])), to: "warnings")
        }
    }
}
