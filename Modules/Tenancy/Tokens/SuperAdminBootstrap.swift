package import Foundation
package import Storage

/// The first start of an empty database: one SUPER_ADMIN and its API token, so a new user can
/// make the first call without reading code (access.md, "Who is calling").
///
/// "Empty" means no user at all. The check and the creation are one transaction; two processes
/// starting together on one database cannot both create an administrator: SQLite's single writer
/// serialises them, PostgreSQL takes an advisory lock first, and the administrator's fixed email
/// is unique anyway. The one that finds a user returns nil and prints nothing.
package struct SuperAdminBootstrap: Sendable {
    package let database: any SQLDatabase
    /// The administrator's email; `admin@localhost` unless the operator chose one.
    package let email: String
    package let now: @Sendable () -> Date

    package init(database: any SQLDatabase, email: String = "admin@localhost", now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.email = email.lowercased()
        self.now = now
    }

    /// What the first start created, for the command to print once.
    package struct Created: Sendable {
        package let user: User
        package let token: CreatedApiToken

        /// The lines to print: the token, shown this once, and one line showing how to call the
        /// API with it.
        package func message(endpoint: String) -> String {
            """
            Created the first SUPER_ADMIN, \(user.email). Its API token, shown only this once:

                \(token.token)

            Call the API with it: curl -s \(endpoint) -H 'Authorization: Bearer \(token.token)' -H 'Content-Type: application/json' -d '{"query":"{ viewer { email role } }"}'
            """
        }
    }

    /// Creates the administrator and its token when the database has no user.
    ///
    /// - Returns: What was created, or nil when the database already had a user (every start
    ///   after the first, and the loser of a race).
    /// - Throws: ``StorageError``, ``Crypto/CryptoError``.
    package func run() async throws -> Created? {
        let now = self.now()
        let email = self.email
        do {
            return try await database.write { connection in
                if connection.dialect == .postgres {
                    try connection.execute("SELECT pg_advisory_xact_lock(\(Self.advisoryLock))")
                }
                let users = UserRepository(connection)
                guard try users.isEmpty(in: .unrestricted) else { return nil }
                let user = User(
                    organizationID: nil, firstName: "Clientela", lastName: "Administrator", email: email, role: .superAdmin,
                    createdAt: now)
                try users.create(user)
                let owner = Caller(user)!
                let token = try TokenIssuer.issue(for: owner, name: "first start", expiresAt: nil, now: now, connection: connection)
                return Created(user: user, token: token)
            }
        } catch TenancyError.emailTaken {
            return nil
        }
    }

    /// The advisory lock key of the bootstrap on PostgreSQL: "cltboot1" in ASCII.
    private static let advisoryLock: Int64 = 0x636C_7462_6F6F_7431
}
