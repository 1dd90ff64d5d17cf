package import Foundation
package import Storage

/// API tokens in storage, always seen through an ``AccessScope``: a token is in scope when its
/// owner is (see ``UserRepository``), so the owner's row is read with it and the token carries
/// its owner's reseller or client.
package struct ApiTokenRepository {
    package let connection: any SQLConnection

    package init(_ connection: any SQLConnection) {
        self.connection = connection
    }

    /// The token with this id, or nil when absent or its owner is outside `scope`.
    package func token(_ id: ApiTokenID, in scope: AccessScope) throws -> ApiToken? {
        try connection.firstRow("""
            SELECT \(Self.columns) FROM api_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.id = \(id) AND \(Self.condition(scope))
            """).map(Self.decode)
    }

    /// The tokens of these users that `scope` reaches, newest first, grouped by user: one
    /// statement for a list of users.
    package func tokens(ofUsers ids: some Collection<UserID>, in scope: AccessScope) throws -> [UserID: [ApiToken]] {
        guard !ids.isEmpty else { return [:] }
        let found = try connection.rows("""
            SELECT \(Self.columns) FROM api_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.user_id IN \(list: Set(ids)) AND \(Self.condition(scope))
            ORDER BY t.created_at DESC, t.id DESC
            """, as: Self.decode)
        return Dictionary(grouping: found, by: \.userID)
    }

    /// The token whose secret hashes to `secretHash`, with its owner: the authenticator's
    /// lookup, by the unique hash index. The caller still compares the hashes in constant time.
    package func credential(secretHash: String, in scope: AccessScope) throws -> (token: ApiToken, owner: User)? {
        try connection.firstRow("""
            SELECT \(Self.columns), \(Self.ownerColumns) FROM api_tokens t JOIN users u ON u.id = t.user_id
            WHERE t.secret_hash = \(secretHash) AND \(Self.condition(scope))
            """).map { row in (try Self.decode(row), try Self.decodeOwner(row)) }
    }

    /// Stores a new token. The owner must exist (a foreign key).
    package func create(_ token: ApiToken) throws {
        try connection.execute("""
            INSERT INTO api_tokens (id, user_id, organization_id, name, prefix, secret_hash, created_at, last_used_at,
              expires_at, revoked_at)
            VALUES (\(token.id), \(token.userID), \(token.organizationID), \(token.name), \(token.prefix),
              \(token.secretHash), \(token.createdAt), \(token.lastUsedAt), \(token.expiresAt), \(token.revokedAt))
            """)
    }

    /// Revokes a token of `scope` at `date`; revoking twice keeps the first time.
    ///
    /// - Returns: false when no such token is in scope.
    package func revoke(_ id: ApiTokenID, at date: Date, in scope: AccessScope) throws -> Bool {
        try connection.execute("""
            UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, \(date))
            WHERE id = \(id) AND user_id IN (SELECT id FROM users WHERE \(UserRepository.condition(scope)))
            """) == 1
    }

    /// Records that a token was used at `date`, unless a use after `notBefore` is already
    /// recorded: the throttle that keeps most authenticated reads from becoming writes.
    ///
    /// - Returns: Whether the row was written.
    @discardableResult
    package func recordUse(_ id: ApiTokenID, at date: Date, unlessUsedSince notBefore: Date, in scope: AccessScope) throws -> Bool {
        try connection.execute("""
            UPDATE api_tokens SET last_used_at = \(date)
            WHERE id = \(id) AND (last_used_at IS NULL OR last_used_at < \(notBefore))
              AND user_id IN (SELECT id FROM users WHERE \(UserRepository.condition(scope)))
            """) == 1
    }

    private static func condition(_ scope: AccessScope) -> SQL {
        scope.recordCondition(organization: "u.organization_id", reseller: "u.reseller_id", client: "u.client_id")
    }

    private static let columns: SQL = """
        t.id, t.user_id, t.organization_id, t.name, t.prefix, t.secret_hash, t.created_at, t.last_used_at, t.expires_at,
        t.revoked_at, u.reseller_id AS owner_reseller_id, u.client_id AS owner_client_id
        """

    private static let ownerColumns: SQL = """
        u.id AS owner_id, u.organization_id AS owner_organization_id, u.first_name, u.last_name, u.email, u.role,
        u.external_id, u.created_at AS owner_created_at, u.deactivated_at
        """

    private static func decode(_ row: Row) throws -> ApiToken {
        ApiToken(
            id: try row.decode("id"), userID: try row.decode("user_id"), organizationID: try row.decode("organization_id"),
            name: try row.decode("name"), prefix: try row.decode("prefix"), secretHash: try row.decode("secret_hash"),
            createdAt: try row.decode("created_at"), lastUsedAt: try row.decode("last_used_at"),
            expiresAt: try row.decode("expires_at"), revokedAt: try row.decode("revoked_at"),
            owningResellerID: try row.decode("owner_reseller_id"), owningClientID: try row.decode("owner_client_id"))
    }

    private static func decodeOwner(_ row: Row) throws -> User {
        User(
            id: try row.decode("owner_id"), organizationID: try row.decode("owner_organization_id"),
            firstName: try row.decode("first_name"), lastName: try row.decode("last_name"), email: try row.decode("email"),
            role: try row.decode("role"), externalID: try row.decode("external_id"),
            resellerID: try row.decode("owner_reseller_id"), clientID: try row.decode("owner_client_id"),
            createdAt: try row.decode("owner_created_at"), deactivatedAt: try row.decode("deactivated_at"))
    }
}
