package import Foundation
package import Storage

/// Makes API tokens: for the `createApiToken` mutation (the caller's own token) and for
/// `clientela token create --user EMAIL --name NAME` (the operator, from the machine).
package enum TokenIssuer {
    /// Creates a token for `owner` on `connection` (inside the caller's transaction).
    ///
    /// - Returns: The token text, to show once, and its stored record.
    /// - Throws: ``Crypto/CryptoError`` when the secure generator fails; ``StorageError``.
    package static func issue(
        for owner: Caller, name: String, expiresAt: Date?, now: Date, connection: any SQLConnection
    ) throws -> CreatedApiToken {
        let secret = try ApiTokenSecret.generate()
        let token = ApiToken(
            userID: owner.userID, organizationID: owner.organizationID, name: name, prefix: secret.prefix,
            secretHash: secret.hash, createdAt: now, expiresAt: expiresAt,
            owningResellerID: owner.resellerID, owningClientID: owner.clientID)
        try ApiTokenRepository(connection).create(token)
        return CreatedApiToken(token: secret.text, apiToken: token)
    }

    /// Creates a token for the active user with this email, for the command line.
    ///
    /// - Throws: ``TokenIssueError`` when no active user has the email or the name is empty;
    ///   ``StorageError`` and ``Crypto/CryptoError`` otherwise.
    package static func issue(
        forEmail email: String, name: String, expiresAt: Date? = nil, database: any SQLDatabase, now: Date = Date()
    ) async throws -> CreatedApiToken {
        let name = name.trimmingWhitespace()
        guard !name.isEmpty, name.count <= 100 else { throw TokenIssueError.badName }
        return try await database.write { connection in
            guard let user = try UserRepository(connection).user(email: email.trimmingWhitespace(), in: .unrestricted) else {
                throw TokenIssueError.unknownUser(email)
            }
            guard user.isActive else { throw TokenIssueError.deactivated(email) }
            guard let owner = Caller(user) else { throw TokenIssueError.inconsistentUser(email) }
            return try issue(for: owner, name: name, expiresAt: expiresAt, now: now, connection: connection)
        }
    }
}

/// Why `clientela token create` made no token, in words for the operator.
package enum TokenIssueError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownUser(String)
    case deactivated(String)
    case inconsistentUser(String)
    case badName

    package var description: String {
        switch self {
        case .unknownUser(let email): "no user has the email \(email)"
        case .deactivated(let email): "the user \(email) is deactivated"
        case .inconsistentUser(let email): "the user \(email) has an inconsistent role and organization; fix the row first"
        case .badName: "the token needs a name of 1 to 100 characters (--name)"
        }
    }
}
