import Clients
import Foundation
import Storage
import Tenancy

extension ClientsSchemaWorld {
    /// Adds `count` alike ACTIVE clients to `tenant`, in one transaction: each created by the
    /// admin, assigned to the member, moved to ACTIVE by the owner, with one event. Alike rows make
    /// a page of 1 and a page of 100 load the same kinds of things, so statement counts compare.
    @discardableResult
    func addActiveClients(_ count: Int, to tenant: Tenant) async throws -> [ClientID] {
        let admin = tenant.admin, member = tenant.member, owner = tenant.owner, organization = tenant.organization
        return try await database.write { connection in
            let scope = AccessScope(Caller(admin)!)
            var ids: [ClientID] = []
            for index in 0..<count {
                let at = Self.epoch.addingTimeInterval(Double(1_000 + index))
                let client = try ClientRepository(connection).create(
                    ClientDraft(name: "Bulk \(index)"), organization: organization.id, refidPrefix: organization.settings.refidPrefix,
                    assignedTo: member.id, createdBy: admin.id, at: at, in: scope)
                _ = try ClientRepository(connection).transition(client.id, to: .active, reason: nil, by: owner.id, at: at, in: scope)
                try EventRepository(connection).create(
                    Event(organization: organization.id, client: client.id, name: "Bulk event \(index)", startsAt: at, createdAt: at), in: scope)
                ids.append(client.id)
            }
            return ids
        }
    }
}
