import Clients
import Storage
import Tenancy

/// Tenancy's ``LoginBindings`` port: the client half over the Clients repository, the reseller
/// half refusing.
///
/// A CLIENT login may be bound only to a client that exists, is not deleted and belongs to the
/// login's organization. The look-up is unrestricted and checks the organization and the deletion
/// itself: Tenancy has already decided that the caller may create users in that organization.
///
/// Resellers belong to the Resellers module, which does not exist yet, so no reseller exists and
/// a RESELLER login is refused (INVALID_RESELLER). When that module lands, its adapter answers
/// ``resellerExists(_:in:connection:)`` and this type keeps the client half.
struct ClientLoginBindings: LoginBindings {
    func resellerExists(_ reseller: ResellerID, in organization: OrganizationID, connection: any SQLConnection) throws -> Bool {
        false
    }

    func clientExists(_ client: ClientID, in organization: OrganizationID, connection: any SQLConnection) throws -> Bool {
        guard let found = try ClientRepository(connection).client(client, in: .unrestricted) else { return false }
        return found.organization == organization && found.deletedAt == nil
    }
}
