package import Foundation
import Storage
package import Tenancy

extension ClientRepository {
    /// Soft-deletes a client `scope` shows: it disappears from every read of a scope without
    /// deleted rows, and frees its email and tax id.
    ///
    /// - Throws: ``ClientRepositoryError/notFound(_:)`` when absent or already deleted.
    package func delete(_ id: ClientID, at date: Date, in scope: AccessScope) throws -> Client {
        guard var client = try client(id, in: scope), client.deletedAt == nil else {
            throw ClientRepositoryError.notFound(id)
        }
        try connection.execute("UPDATE clients SET deleted_at = \(date), updated_at = \(date) WHERE id = \(id) AND deleted_at IS NULL")
        client.deletedAt = date
        client.updatedAt = date
        return client
    }

    /// Undoes a soft delete. Only a scope that includes deleted rows reaches one.
    ///
    /// - Throws: ``ClientRepositoryError/duplicateEmail(holder:)`` or `duplicateTaxID` when
    ///   another client took the value meanwhile; ``ClientRepositoryError/notFound(_:)`` when the
    ///   client is absent or not deleted.
    package func restore(_ id: ClientID, at date: Date, in scope: AccessScope) throws -> Client {
        guard var client = try client(id, in: scope), client.deletedAt != nil else {
            throw ClientRepositoryError.notFound(id)
        }
        try translatingDuplicates(organization: client.organization, draft: client.draft, excluding: id, in: scope) {
            try connection.execute("UPDATE clients SET deleted_at = NULL, updated_at = \(date) WHERE id = \(id)")
        }
        client.deletedAt = nil
        client.updatedAt = date
        return client
    }

    /// Erases a client for good (the right to erasure), in the caller's transaction: each
    /// participant erases its module's records, the status history and change records go with
    /// the row (`ON DELETE CASCADE`), events stay with no client (`ON DELETE SET NULL`), and a
    /// tombstone keeps the refid, who and when.
    ///
    /// - Throws: ``ClientRepositoryError/notFound(_:)``; whatever a participant throws (and
    ///   then nothing is erased, once the caller's transaction rolls back).
    package func purge(
        _ id: ClientID, by user: UserID?, at date: Date, participants: [any ClientPurgeParticipant] = [], in scope: AccessScope
    ) throws -> ClientTombstone {
        guard let client = try client(id, in: scope) else { throw ClientRepositoryError.notFound(id) }
        for participant in participants {
            try participant.purgeRecords(of: id, organization: client.organization, on: connection)
        }
        let tombstone = ClientTombstone(refid: client.refid, client: id, organization: client.organization, purgedBy: user, purgedAt: date)
        try connection.execute("""
            INSERT INTO client_tombstones (refid, client_id, organization_id, purged_by, purged_at)
            VALUES (\(tombstone.refid), \(tombstone.client), \(tombstone.organization), \(tombstone.purgedBy), \(tombstone.purgedAt))
            """)
        try connection.execute("DELETE FROM clients WHERE id = \(id)")
        return tombstone
    }

    /// The tombstone of a purged client by its refid, when `scope` reaches its organization.
    package func tombstone(refid: RefID, in scope: AccessScope) throws -> ClientTombstone? {
        try connection.firstRow("""
            SELECT refid, client_id, organization_id, purged_by, purged_at FROM client_tombstones
            WHERE refid = \(refid) AND \(scope.organizationCondition("organization_id"))
            """).map { row in
            ClientTombstone(
                refid: try row.decode("refid"), client: try row.decode("client_id"), organization: try row.decode("organization_id"),
                purgedBy: try row.decode("purged_by"), purgedAt: try row.decode("purged_at"))
        }
    }
}
