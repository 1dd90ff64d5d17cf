package import Storage

/// What Tenancy needs from the module that assigns clients to users: letting go of a user.
///
/// Deactivating a user clears every client assignment that points at them ("set null", never a
/// cascade: domain.md, "Tenancy"). Tenancy does not know the Clients module's tables, so the
/// Clients module implements this port and the gateway wires it in. The call runs inside the
/// deactivation's transaction, on its connection, so the user and the assignments change
/// together or not at all.
package protocol ClientAssignments: Sendable {
    /// Clears the assignments of `user` in `organization`.
    ///
    /// - Returns: How many assignments were cleared.
    /// - Throws: Whatever storage throws; the deactivation then rolls back.
    func releaseAssignments(of user: UserID, in organization: OrganizationID, connection: any SQLConnection) throws -> Int
}
