package import Storage

/// What Tenancy needs to know before it binds a login to a reseller or a client: that the record
/// exists in the organization (and, for a reseller, that it may take logins).
///
/// Resellers and clients live in other modules' tables, which Tenancy never reads; those modules
/// implement this port and the gateway wires it in. The checks run inside the user's creation
/// transaction, on its connection.
package protocol LoginBindings: Sendable {
    /// Whether `reseller` exists in `organization`.
    func resellerExists(_ reseller: ResellerID, in organization: OrganizationID, connection: any SQLConnection) throws -> Bool
    /// Whether `client` exists in `organization` and is not deleted.
    func clientExists(_ client: ClientID, in organization: OrganizationID, connection: any SQLConnection) throws -> Bool
}
