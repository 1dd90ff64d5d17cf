package import Foundation
import Storage
package import Tenancy

extension ClientRepository {
    /// Moves a client `scope` shows to `status` if the lifecycle allows it, and appends the
    /// ``StatusChange`` in the same transaction.
    ///
    /// The update is a compare-and-set on the status read, so two racing transitions cannot both
    /// apply to the same starting status: the loser reads the new status and is judged from it.
    ///
    /// - Throws: ``ClientRepositoryError/transitionDenied(_:)`` naming from, to and the allowed
    ///   targets; ``ClientRepositoryError/notFound(_:)``; ``StorageError``.
    package func transition(
        _ id: ClientID, to status: ClientStatus, reason: String?, by user: UserID?, at date: Date, in scope: AccessScope
    ) throws -> (client: Client, change: StatusChange) {
        for _ in 0..<3 {
            guard var client = try client(id, in: scope), client.deletedAt == nil else {
                throw ClientRepositoryError.notFound(id)
            }
            let move: StatusTransition
            do {
                move = try Lifecycle.transition(from: client.draft.status, to: status)
            } catch {
                throw ClientRepositoryError.transitionDenied(error)
            }
            let applied = try connection.execute("""
                UPDATE clients SET status = \(move.to), updated_at = \(date) WHERE id = \(id) AND status = \(move.from)
                """)
            guard applied == 1 else { continue }
            let change = StatusChange(id: UUIDv7.generate(), client: id, from: move.from, to: move.to, at: date, by: user, reason: reason)
            try connection.execute("""
                INSERT INTO status_changes (id, client_id, from_status, to_status, at, by_user, reason)
                VALUES (\(change.id), \(id), \(change.from), \(change.to), \(change.at), \(change.by), \(change.reason))
                """)
            client.draft.status = move.to
            client.updatedAt = date
            return (client, change)
        }
        throw ClientRepositoryError.notFound(id)
    }

    /// The status history of these clients that `scope` shows, oldest first: one statement for a
    /// batch.
    package func statusHistory(of ids: some Collection<ClientID>, in scope: AccessScope) throws -> [ClientID: [StatusChange]] {
        guard !ids.isEmpty else { return [:] }
        let found = try connection.rows("""
            SELECT id, client_id, from_status, to_status, at, by_user, reason FROM status_changes
            WHERE client_id IN \(list: Set(ids)) AND client_id IN (\(Self.visibleIDs(among: ids, scope)))
            ORDER BY at, id
            """) { row in
            StatusChange(
                id: try row.decode("id"), client: try row.decode("client_id"), from: try row.decode("from_status"),
                to: try row.decode("to_status"), at: try row.decode("at"), by: try row.decode("by_user"),
                reason: try row.decode("reason"))
        }
        return Dictionary(grouping: found, by: \.client)
    }
}
