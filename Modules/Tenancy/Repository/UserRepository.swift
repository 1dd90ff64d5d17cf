package import Foundation
package import Storage

/// Users in storage, always seen through an ``AccessScope``.
///
/// Which users a scope reaches: platform staff see everyone; staff of an organization see its
/// users (not platform staff, who belong to none); a RESELLER login sees its reseller's logins and
/// a CLIENT login its client's, themselves included. Deactivated users stay visible (with
/// `deactivatedAt` set): they are history, not deleted rows.
package struct UserRepository {
    package let connection: any SQLConnection

    package init(_ connection: any SQLConnection) {
        self.connection = connection
    }

    /// The user with this id, or nil when absent or outside `scope`.
    package func user(_ id: UserID, in scope: AccessScope) throws -> User? {
        try connection.firstRow("SELECT \(Self.columns) FROM users WHERE id = \(id) AND \(Self.condition(scope))").map(Self.decode)
    }

    /// The users of these ids that `scope` reaches, by id: one statement for a batch.
    package func users(_ ids: some Collection<UserID>, in scope: AccessScope) throws -> [UserID: User] {
        guard !ids.isEmpty else { return [:] }
        let found = try connection.rows(
            "SELECT \(Self.columns) FROM users WHERE id IN \(list: Set(ids)) AND \(Self.condition(scope))", as: Self.decode)
        return Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The users of these organizations that `scope` reaches, grouped by organization and
    /// ordered by name: one statement for a page of organizations.
    package func users(inOrganizations ids: some Collection<OrganizationID>, in scope: AccessScope) throws -> [OrganizationID: [User]] {
        guard !ids.isEmpty else { return [:] }
        let found = try connection.rows("""
            SELECT \(Self.columns) FROM users WHERE organization_id IN \(list: Set(ids)) AND \(Self.condition(scope))
            ORDER BY last_name, first_name, id
            """, as: Self.decode)
        return Dictionary(grouping: found) { $0.organizationID! }
    }

    /// The CLIENT logins bound to these clients that `scope` reaches, by client: one statement for
    /// a page of clients. A client has at most one login (`users_client_login_unique`).
    package func clientLogins(of clients: some Collection<ClientID>, in scope: AccessScope) throws -> [ClientID: User] {
        guard !clients.isEmpty else { return [:] }
        let found = try connection.rows("""
            SELECT \(Self.columns) FROM users
            WHERE client_id IN \(list: Set(clients)) AND role = \(Role.client) AND \(Self.condition(scope))
            """, as: Self.decode)
        return Dictionary(found.compactMap { user in user.clientID.map { ($0, user) } }, uniquingKeysWith: { first, _ in first })
    }

    /// The user with this email (any case) in `scope`, for the command line.
    package func user(email: String, in scope: AccessScope) throws -> User? {
        try connection.firstRow("""
            SELECT \(Self.columns) FROM users WHERE lower(email) = \(email.lowercased()) AND \(Self.condition(scope))
            """).map(Self.decode)
    }

    /// The user an identity provider's subject names, for JSON Web Tokens.
    package func user(externalID: String, in scope: AccessScope) throws -> User? {
        try connection.firstRow("""
            SELECT \(Self.columns) FROM users WHERE external_id = \(externalID) AND \(Self.condition(scope))
            """).map(Self.decode)
    }

    /// Whether `scope` reaches no user at all; on ``AccessScope/unrestricted`` this is the
    /// "fresh database" test of the first-start bootstrap.
    package func isEmpty(in scope: AccessScope) throws -> Bool {
        try connection.firstRow("SELECT id FROM users WHERE \(Self.condition(scope)) LIMIT 1") == nil
    }

    /// Stores a new user.
    ///
    /// - Throws: ``TenancyError`` for a taken email, external id or client login;
    ///   ``StorageError`` otherwise.
    package func create(_ user: User) throws {
        try translatingViolations {
            try connection.execute("""
                INSERT INTO users (id, organization_id, first_name, last_name, email, role, external_id, reseller_id,
                  client_id, created_at, deactivated_at)
                VALUES (\(user.id), \(user.organizationID), \(user.firstName), \(user.lastName), \(user.email), \(user.role),
                  \(user.externalID), \(user.resellerID), \(user.clientID), \(user.createdAt), \(user.deactivatedAt))
                """)
        }
    }

    /// Writes the changeable columns of a user that `scope` reaches: names, email, role and
    /// external id (the organization and the reseller or client a login is bound to never change).
    ///
    /// - Returns: false when no such user is in scope.
    /// - Throws: ``TenancyError`` for a taken email or external id; ``StorageError`` otherwise.
    package func update(_ user: User, in scope: AccessScope) throws -> Bool {
        try translatingViolations {
            try connection.execute("""
                UPDATE users SET first_name = \(user.firstName), last_name = \(user.lastName), email = \(user.email),
                  role = \(user.role), external_id = \(user.externalID)
                WHERE id = \(user.id) AND \(Self.condition(scope))
                """) == 1
        }
    }

    /// Marks a user of `scope` deactivated at `date`, unless it already is.
    ///
    /// - Returns: false when no such active user is in scope.
    package func deactivate(_ id: UserID, at date: Date, in scope: AccessScope) throws -> Bool {
        try connection.execute("""
            UPDATE users SET deactivated_at = \(date) WHERE id = \(id) AND deactivated_at IS NULL AND \(Self.condition(scope))
            """) == 1
    }

    /// The scope as a condition on the users table.
    static func condition(_ scope: AccessScope) -> SQL {
        scope.recordCondition(organization: "organization_id", reseller: "reseller_id", client: "client_id")
    }

    @discardableResult
    private func translatingViolations<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as StorageError {
            switch error.violation {
            case .unique(constraint: "users_email_unique")?: throw TenancyError.emailTaken
            case .unique(constraint: "users_external_id_unique")?: throw TenancyError.externalIDTaken
            case .unique(constraint: "users_client_login_unique")?: throw TenancyError.clientLoginTaken
            default: throw error
            }
        }
    }

    static let columns: SQL = """
        id, organization_id, first_name, last_name, email, role, external_id, reseller_id, client_id, created_at, deactivated_at
        """

    static func decode(_ row: Row) throws -> User {
        User(
            id: try row.decode("id"), organizationID: try row.decode("organization_id"), firstName: try row.decode("first_name"),
            lastName: try row.decode("last_name"), email: try row.decode("email"), role: try row.decode("role"),
            externalID: try row.decode("external_id"), resellerID: try row.decode("reseller_id"),
            clientID: try row.decode("client_id"), createdAt: try row.decode("created_at"),
            deactivatedAt: try row.decode("deactivated_at"))
    }
}
