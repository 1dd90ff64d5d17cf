import Storage
import Tenancy

/// The ``ClientAssignments`` port while no module assigns clients to users: there is nothing to
/// release. The Clients module's adapter replaces it when that module lands.
struct UnassignedClients: ClientAssignments {
    func releaseAssignments(of user: UserID, in organization: OrganizationID, connection: any SQLConnection) throws -> Int {
        0
    }
}
