import Clients
import Foundation
import Gateway
import GraphQL
import Storage
import Tenancy

/// Two organizations with staff in a migrated database, the composed schema's engine, and
/// clients made through the Clients repository: what the port adapters' suites act on.
struct CompositionWorld: Sendable {
    static let epoch = Date(timeIntervalSince1970: 1_764_547_200)

    let database: any SQLDatabase
    let luna: Organization
    let sur: Organization
    let owner: User
    let member: User
    let otherMember: User
    let engine: Engine

    static func make(_ database: any SQLDatabase) async throws -> CompositionWorld {
        let luna = Organization(name: "Agencia Luna", slug: "luna", country: "MX", currency: "MXN", createdAt: epoch)
        let sur = Organization(name: "Taller Sur", slug: "sur", country: "CL", currency: "CLP", createdAt: epoch)
        let owner = User(organizationID: luna.id, firstName: "Olga", lastName: "Owner", email: "olga@luna.mx", role: .orgOwner, createdAt: epoch)
        let member = User(organizationID: luna.id, firstName: "Memo", lastName: "Member", email: "memo@luna.mx", role: .orgMember, createdAt: epoch)
        let otherMember = User(organizationID: luna.id, firstName: "Ada", lastName: "Member", email: "ada@luna.mx", role: .orgMember, createdAt: epoch)
        let surOwner = User(organizationID: sur.id, firstName: "Sara", lastName: "Owner", email: "sara@sur.cl", role: .orgOwner, createdAt: epoch)
        try await database.write { connection in
            try OrganizationRepository(connection).create(luna)
            try OrganizationRepository(connection).create(sur)
            for user in [owner, member, otherMember, surOwner] { try UserRepository(connection).create(user) }
        }
        // No deadline: a loaded two-core test run may keep a request waiting for seconds.
        return CompositionWorld(
            database: database, luna: luna, sur: sur, owner: owner, member: member, otherMember: otherMember,
            engine: Engine(schema: try ClientelaSchema.build(), limits: ExecutionLimits(deadline: nil)))
    }

    /// Creates a client of `organization` (Luna by default), assigned to `assignee`.
    func client(_ name: String, in organization: Organization? = nil, assignedTo assignee: UserID? = nil) async throws -> Client {
        let organization = organization ?? luna
        return try await database.write { connection in
            try ClientRepository(connection).create(
                ClientDraft(name: name), organization: organization.id, refidPrefix: "CL-", assignedTo: assignee,
                createdBy: nil, at: Self.epoch, in: .unrestricted)
        }
    }

    func reload(_ client: Client) async throws -> Client? {
        try await database.read { try ClientRepository($0).client(client.id, in: .unrestricted) }
    }

    /// Runs a document as `user` through the composed schema.
    func execute(_ query: String, as user: User) async -> GraphQLResponse {
        let context = AccessContext(caller: Caller(user)!, requestId: "test", database: database, now: { Self.epoch })
        return await engine.execute(GraphQLRequest(query: query), context: context)
    }
}
