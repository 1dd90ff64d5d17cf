import GraphQL
import Storage
import Tenancy

extension ClientsSchema {
    /// Runs a mutation's work in one write transaction, turning the module's typed refusals
    /// into the API's errors once the transaction has rolled back.
    ///
    /// Anything else (a storage failure, an exhausted refid) passes through untouched, so the
    /// engine reports it as an internal error and logs the real text.
    static func write<T: Sendable>(
        _ access: AccessContext, _ work: @escaping @Sendable (any SQLConnection) throws -> T
    ) async throws -> T {
        do {
            return try await access.database.write(work)
        } catch let error as ClientRepositoryError {
            throw error.resolverError
        } catch let error as ClientInputError {
            throw error.resolverError
        } catch let error as LifecycleError {
            throw ResolverError(error.message, code: error.code, extensions: error.extensions)
        }
    }

    /// The input object argument of a mutation, which coercion guarantees is there.
    static func input(_ arguments: Arguments, _ name: String = "input") -> InputObject {
        InputObject(arguments.object(name) ?? OrderedObject())
    }

    /// A client id argument; a malformed one is NOT_FOUND like an unknown one.
    static func clientID(_ arguments: Arguments, _ name: String = "id") throws(ResolverError) -> ClientID {
        guard let id = arguments.string(name).flatMap(ClientID.init(parsing:)) else { throw ResolverError.notFound("client") }
        return id
    }

    /// The organization a new client or event joins: the one platform staff name (required), or the
    /// caller's own, which it may name but no other (another organization is NOT_FOUND exactly
    /// like an unknown one, as for `createUser`).
    static func organizationForNewRecord(
        named: String?, access: AccessContext, connection: any SQLConnection
    ) throws -> Organization {
        let id: OrganizationID
        if let named {
            guard let parsed = OrganizationID(parsing: named) else { throw ResolverError.notFound("organization") }
            id = parsed
        } else if let own = access.caller.organizationID {
            id = own
        } else {
            throw ResolverError.badUserInput("Name the organization the record belongs to.", field: "organizationId")
        }
        guard let organization = try OrganizationRepository(connection).organization(id, in: access.scope) else {
            throw ResolverError.notFound("organization")
        }
        return organization
    }

    /// The organization whose settings rule a client of `id`. The caller already reached a
    /// record of it through its scope; a missing row means damaged data, not a refusal.
    static func organization(_ id: OrganizationID, connection: any SQLConnection) throws -> Organization {
        guard let organization = try OrganizationRepository(connection).organization(id, in: .unrestricted) else {
            throw StorageError(.decoding, "client of organization \(id.rawValue), which has no row")
        }
        return organization
    }
}
