import Clients
import Storage
import Tenancy

/// Clients' ResellerDirectory until the Resellers module lands: no reseller accepts clients, so
/// naming a `resellerId` fails with INVALID_RESELLER rather than pointing at nothing.
struct NoResellers: ResellerDirectory {
    func acceptsClients(_ reseller: ResellerID, in organization: OrganizationID, on connection: any SQLConnection) throws -> Bool {
        false
    }
}
