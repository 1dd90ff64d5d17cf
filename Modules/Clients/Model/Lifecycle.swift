package import Tenancy
/// The client lifecycle of the domain: the one table of allowed status changes, and the check
/// every status change goes through.
///
/// | from      | allowed to                   |
/// | --------- | ---------------------------- |
/// | PROSPECT  | ACTIVE, PENDING, INACTIVE    |
/// | PENDING   | ACTIVE, INACTIVE             |
/// | ACTIVE    | COMPLETED, SUSPENDED, INACTIVE |
/// | SUSPENDED | ACTIVE, INACTIVE             |
/// | COMPLETED | ACTIVE, INACTIVE             |
/// | INACTIVE  | PROSPECT                     |
///
/// A "transition" to the status the client already has is denied like any move that is not in
/// the table: the table does not list it, and allowing it would append a StatusChange that
/// records no change. So `activateClient` on an ACTIVE client fails with
/// STATUS_TRANSITION_DENIED (from ACTIVE, to ACTIVE), which tells the caller its view is stale.
///
/// - SeeAlso: /work/shared/spec/domain.md, "Lifecycle".
package enum Lifecycle {
    /// The statuses a client in `status` may move to, in the table's order.
    package static func allowedTargets(from status: ClientStatus) -> [ClientStatus] {
        switch status {
        case .prospect: [.active, .pending, .inactive]
        case .pending: [.active, .inactive]
        case .active: [.completed, .suspended, .inactive]
        case .suspended: [.active, .inactive]
        case .completed: [.active, .inactive]
        case .inactive: [.prospect]
        }
    }

    /// Whether the table allows moving from `from` to `to`.
    package static func allows(from: ClientStatus, to: ClientStatus) -> Bool {
        allowedTargets(from: from).contains(to)
    }

    /// Checks a status change against the table.
    ///
    /// - Returns: The change, for the repository to apply and record as a StatusChange in the
    ///   same transaction.
    /// - Throws: ``LifecycleError`` carrying `from`, `to` and the allowed targets, which the
    ///   GraphQL layer reports as STATUS_TRANSITION_DENIED.
    package static func transition(from: ClientStatus, to: ClientStatus) throws(LifecycleError) -> StatusTransition {
        guard allows(from: from, to: to) else {
            throw LifecycleError(from: from, to: to, allowed: allowedTargets(from: from))
        }
        return StatusTransition(from: from, to: to)
    }
}
