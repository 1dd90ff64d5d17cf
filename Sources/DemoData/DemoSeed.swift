package import Clients
package import Foundation
package import Storage
package import Tenancy

/// The demo organization of `clientela seed-demo`: an events agency in Mexico with a team of
/// every organization role, a few hundred clients, their lifecycles and events, and an API token
/// per role, so that a new user can try every query at once.
///
/// Everything is written in one transaction: a failure leaves nothing behind. The data is
/// deterministic (``DemoClientFactory`` and the refids draw from one seeded generator; the dates
/// count from a fixed day), so the README's examples stay true; only ids (UUIDv7, time-ordered)
/// and tokens differ between runs.
///
/// Decisions:
/// - A second run finds the slug `demo` taken and refuses (``DemoSeedError/alreadySeeded(_:)``)
///   rather than mixing a second set of clients into the first or minting tokens nobody asked for:
///   `clientela token create` makes more tokens, and `seed-demo --clients N` adds clients.
/// - No RESELLER login: a reseller login names a reseller, and no module holds resellers yet
///   (the Resellers module). The command says so.
/// - Every client is created as PROSPECT (the organization's default) and walks the lifecycle
///   table to its final status, so each non-PROSPECT client has the StatusChanges a real one has.
/// - COMPLETED and some ACTIVE clients get purchases (and so a segment) and a last contact, as
///   BillingLinks and Interactions would record them.
package enum DemoSeed {
    package static let slug = "demo"
    package static let organizationName = "Agencia Luna Eventos"
    package static let refidPrefix = "LUNA-"
    /// The first client's day: the demo's clients are spread over the 330 days after it.
    package static let firstDay = Date(timeIntervalSince1970: 1_736_175_600) // 2025-01-06T15:00:00Z
    package static let defaultClients = 300
    static let seed: UInt64 = 2025

    /// A team member or the CLIENT login, with the token made for them.
    package struct Member: Sendable {
        package let user: User
        package let token: String
    }

    package struct Result: Sendable {
        package let organization: Organization
        /// Owner, admin, three members and the CLIENT login, in that order.
        package let team: [User]
        /// The owner's, the admin's, the first member's and the CLIENT login's tokens.
        package let tokens: [Member]
        /// The client the CLIENT login is bound to.
        package let boundClient: Client
        package let clients: Int
        package let deletedClients: Int
        package let statusChanges: Int
        package let events: Int
    }

    /// Seeds the demo organization.
    ///
    /// - Throws: ``DemoSeedError/alreadySeeded(_:)`` when the slug is taken; ``StorageError``,
    ///   ``ClientRepositoryError`` or ``Crypto/CryptoError`` otherwise, with nothing written.
    package static func run(database: any SQLDatabase, clients count: Int = defaultClients, now: Date = Date()) async throws -> Result {
        precondition(count >= 10, "the demo needs at least 10 clients to reach every status")
        return try await database.write { connection in
            if let existing = try OrganizationRepository(connection).organization(slug: slug, in: .unrestricted) {
                throw DemoSeedError.alreadySeeded(existing)
            }
            var settings = OrganizationSettings.defaults
            settings.refidPrefix = refidPrefix
            let organization = Organization(
                name: organizationName, slug: slug, country: "MX", currency: "MXN", settings: settings, createdAt: firstDay.addingTimeInterval(-86_400 * 30))
            try OrganizationRepository(connection).create(organization)
            let team = DemoTeam.members(of: organization)
            for user in team { try UserRepository(connection).create(user) }
            var writer = DemoClientWriter(connection: connection, organization: organization, team: team, seed: seed)
            for number in 0..<count { try writer.add(number: number, of: count) }
            let bound = try writer.boundClient()
            let login = DemoTeam.clientLogin(for: bound)
            try UserRepository(connection).create(login)
            var tokens: [Member] = []
            for user in [team[0], team[1], team[2], login] {
                let created = try TokenIssuer.issue(for: Caller(user)!, name: "seed-demo \(user.role.rawValue)", expiresAt: nil, now: now, connection: connection)
                tokens.append(Member(user: user, token: created.token))
            }
            return Result(
                organization: organization, team: team + [login], tokens: tokens, boundClient: bound, clients: count,
                deletedClients: writer.deleted, statusChanges: writer.statusChanges, events: writer.events)
        }
    }
}

/// Why `seed-demo` wrote nothing.
package enum DemoSeedError: Error, Sendable, CustomStringConvertible {
    case alreadySeeded(Organization)

    package var description: String {
        switch self {
        case .alreadySeeded(let organization):
            "the demo organization already exists (\(organization.name), slug '\(organization.slug)'); nothing was changed"
        }
    }
}
