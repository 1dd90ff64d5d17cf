import Storage
import Tenancy

/// The ``LoginBindings`` port while no module holds resellers or clients: none exists, so no
/// RESELLER or CLIENT login can be bound yet (createUser answers INVALID_RESELLER or
/// BAD_USER_INPUT). The Resellers and Clients modules' adapters replace it when they land.
struct NoLoginBindings: LoginBindings {
    func resellerExists(_ reseller: ResellerID, in organization: OrganizationID, connection: any SQLConnection) throws -> Bool {
        false
    }

    func clientExists(_ client: ClientID, in organization: OrganizationID, connection: any SQLConnection) throws -> Bool {
        false
    }
}
