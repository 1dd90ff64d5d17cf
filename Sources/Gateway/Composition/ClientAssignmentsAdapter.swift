import Clients
import Foundation
import Storage
import Tenancy

/// Tenancy's ``ClientAssignments`` port over the Clients repository: deactivating a user clears
/// every client assignment pointing at them, on the deactivation's own connection so that both
/// commit together.
///
/// The port names neither actor nor clock, so the `assignedTo` change records it leaves have no
/// author (the deactivation explains them) and the system's time. The scope is the whole
/// organization, the port's argument: Tenancy has already decided that the caller may deactivate
/// the user.
struct ClientAssignmentsAdapter: ClientAssignments {
    func releaseAssignments(of user: UserID, in organization: OrganizationID, connection: any SQLConnection) throws -> Int {
        try ClientRepository(connection).releaseAssignments(of: user, organization: organization, at: Date(), in: .unrestricted)
    }
}
