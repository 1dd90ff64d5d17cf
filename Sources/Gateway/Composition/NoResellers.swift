import Clients
package import Storage
package import Tenancy

/// Clients' ``ResellerDirectory`` port while no module holds resellers: none exists, so no
/// client may be given to one (createClient and updateClient answer INVALID_RESELLER for any
/// `resellerId`). The Resellers module's adapter replaces it when that module lands.
package struct NoResellers: ResellerDirectory {
    package init() {}

    package func acceptsClients(_ reseller: ResellerID, in organization: OrganizationID, on connection: any SQLConnection) throws -> Bool {
        false
    }
}
