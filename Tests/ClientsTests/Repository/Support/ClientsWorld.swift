import Clients
import Foundation
import Storage
import Tenancy

/// Two organizations (A in Chile, B in Mexico) with staff, in a migrated database, and the
/// scopes the suites act with.
struct ClientsWorld: Sendable {
    /// Whole seconds, so rows read back compare equal.
    static let epoch = Date(timeIntervalSince1970: 1_764_547_200)

    let database: any SQLDatabase
    let a: Organization
    let b: Organization
    let adminA: User
    let memberA: User
    let adminB: User
    let resellerA: ResellerID

    var scopeA: AccessScope { AccessScope(Caller(adminA)!) }
    var scopeB: AccessScope { AccessScope(Caller(adminB)!) }
    var resellerScopeA: AccessScope {
        AccessScope(Caller(userID: .generate(), role: .reseller, organizationID: a.id, resellerID: resellerA)!)
    }
    var superAdmin: AccessScope {
        AccessScope(Caller(userID: .generate(), role: .superAdmin, organizationID: nil)!, includeDeleted: true)
    }
    var platformStaff: AccessScope { AccessScope(Caller(userID: .generate(), role: .platformAdmin, organizationID: nil)!) }
    func clientScope(_ client: ClientID, organization: OrganizationID) -> AccessScope {
        AccessScope(Caller(userID: .generate(), role: .client, organizationID: organization, clientID: client)!)
    }

    static func make(_ database: any SQLDatabase) async throws -> ClientsWorld {
        let a = Organization(name: "Taller Sur", slug: "taller-sur", country: "CL", currency: "CLP", createdAt: epoch)
        let b = Organization(name: "Agencia Luna", slug: "agencia-luna", country: "MX", currency: "MXN", createdAt: epoch)
        let adminA = User(organizationID: a.id, firstName: "Ana", lastName: "Admin", email: "ana@sur.cl", role: .orgAdmin, createdAt: epoch)
        let memberA = User(organizationID: a.id, firstName: "Mia", lastName: "Member", email: "mia@sur.cl", role: .orgMember, createdAt: epoch)
        let adminB = User(organizationID: b.id, firstName: "Beto", lastName: "Admin", email: "beto@luna.mx", role: .orgAdmin, createdAt: epoch)
        try await database.write { connection in
            try OrganizationRepository(connection).create(a)
            try OrganizationRepository(connection).create(b)
            for user in [adminA, memberA, adminB] { try UserRepository(connection).create(user) }
        }
        return ClientsWorld(database: database, a: a, b: b, adminA: adminA, memberA: memberA, adminB: adminB, resellerA: .generate())
    }

    /// Creates a client of `organization` (A by default) through the repository.
    @discardableResult
    func create(
        _ name: String, email: String? = nil, taxID: String? = nil, in organization: Organization? = nil,
        reseller: ResellerID? = nil, at date: Date = epoch, scope: AccessScope? = nil
    ) async throws -> Client {
        let organization = organization ?? a
        var draft = ClientDraft(name: name)
        draft.email = try email.map { try EmailAddress($0) }
        draft.taxId = try taxID.map { try TaxID($0, country: organization.country, clientType: .individual) }
        let scope = scope ?? AccessScope(Caller(organization.id == a.id ? adminA : adminB)!)
        let creator = organization.id == a.id ? adminA.id : adminB.id
        let checked = draft
        return try await database.write { connection in
            try ClientRepository(connection).create(
                checked, organization: organization.id, refidPrefix: organization.settings.refidPrefix, resellerID: reseller,
                createdBy: creator, at: date, in: scope)
        }
    }
}
