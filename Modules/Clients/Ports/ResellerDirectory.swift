package import Storage
package import Tenancy

/// The port through which Clients asks the Resellers module whether a client may be given to a
/// reseller, so that Clients never reads the resellers' table. The gateway wires the adapter.
package protocol ResellerDirectory: Sendable {
    /// Whether `reseller` exists, is active and belongs to `organization`; anything else makes a
    /// create or update fail with INVALID_RESELLER.
    func acceptsClients(_ reseller: ResellerID, in organization: OrganizationID, on connection: any SQLConnection) throws -> Bool
}
