package import Foundation
import GraphQL
import Storage
package import Tenancy

extension ClientRepository {
    /// Writes a checked draft (from `ClientDraft.updating(with:rules:)`), the assignee and the
    /// owning reseller over a client `scope` shows, recording one ``ClientChange`` per field that
    /// really changed, in the caller's transaction. The status is left as stored: it moves only
    /// through ``transition(_:to:reason:by:at:in:)``, which checks the lifecycle.
    ///
    /// - Returns: The stored client and the changes recorded (none when nothing changed, and then
    ///   nothing is written).
    /// - Parameter assignedTo: nil leaves the assignee; `.some(nil)` clears it; a user must be an
    ///   active member of the client's organization.
    /// - Parameter resellerID: nil leaves the owner; `.some(nil)` makes the client standalone.
    ///   Whether the reseller accepts clients is the caller's question (the Resellers module's
    ///   port); the repository only writes it.
    /// - Throws: ``ClientRepositoryError`` (not found, a taken email or tax id, an invalid
    ///   assignee); ``StorageError``.
    package func update(
        _ id: ClientID, to draft: ClientDraft, assignedTo: UserID?? = nil, resellerID: ResellerID?? = nil, by user: UserID?,
        at date: Date, in scope: AccessScope
    ) throws -> (client: Client, changes: [ClientChange]) {
        guard let current = try client(id, in: scope), current.deletedAt == nil else {
            throw ClientRepositoryError.notFound(id)
        }
        var updated = current
        updated.draft = draft
        updated.draft.status = current.draft.status
        if let assignedTo {
            if let user = assignedTo, user != current.assignedTo { try requireAssignee(user, organization: current.organization) }
            updated.assignedTo = assignedTo
        }
        if let resellerID { updated.resellerID = resellerID }
        let changes = ClientChange.between(current, updated, at: date, by: user)
        guard !changes.isEmpty else { return (current, []) }
        updated.updatedAt = date
        try translatingDuplicates(organization: current.organization, draft: updated.draft, excluding: id, in: scope) {
            try connection.execute("""
                UPDATE clients SET (\(Self.writtenColumns)) = (\(Self.writtenValues(updated))) WHERE id = \(id)
                """)
        }
        for change in changes {
            try connection.execute("""
                INSERT INTO client_changes (id, client_id, field, old_value, new_value, at, by_user)
                VALUES (\(UUIDv7.generate()), \(id), \(change.field), \(change.from), \(change.to), \(change.at), \(change.by))
                """)
        }
        return (updated, changes)
    }

    /// The change records of these clients that `scope` shows, oldest first: one statement for a
    /// batch.
    package func changes(of ids: some Collection<ClientID>, in scope: AccessScope) throws -> [ClientID: [ClientChange]] {
        guard !ids.isEmpty else { return [:] }
        let found = try connection.rows("""
            SELECT client_id, field, old_value, new_value, at, by_user FROM client_changes
            WHERE client_id IN \(list: Set(ids)) AND client_id IN (\(Self.visibleIDs(among: ids, scope)))
            ORDER BY at, id
            """) { row in
            ClientChange(
                client: try row.decode("client_id"), field: try row.decode("field"), from: try row.decode("old_value"),
                to: try row.decode("new_value"), at: try row.decode("at"), by: try row.decode("by_user"))
        }
        return Dictionary(grouping: found, by: \.client)
    }
}
