package import Foundation
import Storage
package import Tenancy

extension ClientRepository {
    /// Clears every assignment of a client of `organization` to `user`, the "set null" that
    /// deactivating a user implies (domain.md, "Tenancy"), and records one `assignedTo`
    /// ``ClientChange`` per client so that the field history shows why the client lost its
    /// assignee.
    ///
    /// Deleted clients are released too: a restored client must not come back assigned to
    /// someone who may no longer hold clients. Only clients that `scope` reaches change.
    /// Three statements for up to 500 clients, one more per further 500 (read the ids, write the
    /// change records with multi-row inserts, clear the column), in the caller's transaction.
    ///
    /// - Parameters:
    ///   - by: Who caused the release, when known; the change records name them.
    /// - Returns: How many clients were released.
    /// - Throws: ``StorageError``.
    @discardableResult
    package func releaseAssignments(
        of user: UserID, organization: OrganizationID, by actor: UserID? = nil, at date: Date, in scope: AccessScope
    ) throws -> Int {
        let condition: SQL = "assigned_to = \(user) AND organization_id = \(organization) AND \(Self.reach(scope))"
        let released = try connection.rows("SELECT id FROM clients WHERE \(condition)") { try $0.decode("id", as: ClientID.self) }
        guard !released.isEmpty else { return 0 }
        try connection.insert(
            into: "client_changes", columns: ["id", "client_id", "field", "old_value", "new_value", "at", "by_user"],
            rows: released.map { client in
                [UUIDv7.generate().sqlValue, client.sqlValue, "assignedTo".sqlValue, user.rawValue.sqlValue, .null,
                 date.sqlValue, actor.sqlValue]
            })
        return try connection.execute("UPDATE clients SET assigned_to = NULL, updated_at = \(date) WHERE \(condition)")
    }
}
