import Clients
import Foundation
import GraphQL
import Storage
import Tenancy

/// Two organizations with a user of every role each and a few clients and events, in a migrated
/// database, plus an engine serving Tenancy's and Clients' schema over it with fake ports.
///
/// Organization A is "Agencia Luna" (MX), B is "Taller Sur" (CL). Each has an owner, an admin, a
/// member, a RESELLER login (of `resellerID`) and a CLIENT login (bound to `portal`). Seeded
/// clients of each, all created by the admin:
/// - `standalone` "José Gómez" (jose@…, a phone), assigned to the member, ACTIVE after one
///   transition, with notes and metadata and one event;
/// - `resold` "Ana Muñoz", the reseller's client, with one event;
/// - `portal` "Cliente Portal", the client the CLIENT login is bound to, with one event.
/// And one event of each organization linked to no client.
struct ClientsSchemaWorld: Sendable {
    struct Tenant: Sendable {
        let organization: Organization
        let owner: User
        let admin: User
        let member: User
        let reseller: User
        let client: User
        let resellerID: ResellerID
        let standalone: Client
        let resold: Client
        let portal: Client
        /// Each seeded client's event, by client; and the organization's unlinked event.
        let events: [ClientID: Event]
        let unlinkedEvent: Event

        var clients: [Client] { [standalone, resold, portal] }

        func user(_ role: Role) -> User {
            switch role {
            case .orgOwner: owner
            case .orgAdmin: admin
            case .orgMember: member
            case .reseller: reseller
            case .client: client
            case .superAdmin, .platformAdmin: preconditionFailure("platform staff belong to no tenant")
            }
        }
    }

    /// Whole seconds, so rows read back compare equal.
    static let epoch = Date(timeIntervalSince1970: 1_764_547_200)

    let database: any SQLDatabase
    let a: Tenant
    let b: Tenant
    let superAdmin: User
    let platformAdmin: User
    let engine: Engine
    let counts: FakeCountSource?

    /// The user of `role`: organization A's for an organization role, the platform's otherwise.
    func caller(_ role: Role) -> User {
        switch role {
        case .superAdmin: superAdmin
        case .platformAdmin: platformAdmin
        default: a.user(role)
        }
    }

    /// Runs a request as `user` at `now`.
    func run(_ query: String, as user: User, variables: [String: Value] = [:], now: Date = epoch) async -> GraphQLResponse {
        let context = AccessContext(caller: Caller(user)!, requestId: "test", database: database, now: { now })
        let variables = OrderedObject(variables.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        return await engine.execute(GraphQLRequest(query: query, variables: variables), context: context)
    }

    /// The response as JSON text, for byte comparisons and readable failures.
    func json(_ query: String, as user: User, variables: [String: Value] = [:]) async -> String {
        String(decoding: await run(query, as: user, variables: variables).jsonBytes(), as: UTF8.self)
    }

    /// The response and the number of storage statements the request ran.
    func counted(_ query: String, as user: User, variables: [String: Value] = [:]) async -> (GraphQLResponse, Int) {
        let counter = StatementCounter()
        let response = await StatementCounter.$current.withValue(counter) { await run(query, as: user, variables: variables) }
        return (response, counter.value)
    }

    /// - Parameter counts: what the fake count source answers; nil wires no source at all.
    /// - Parameter purgeParticipants: what `purgeClient` calls, for the mutation suites.
    /// The limits of the worlds' engines: the spec's, but without the request deadline. A full test
    /// run executes hundreds of requests at once on two cores, where one may wait seconds for its
    /// turn; the deadline has its own tests in GraphQLTests.
    static let limits = ExecutionLimits(deadline: nil)

    static func make(
        _ database: any SQLDatabase, counts: (@Sendable (Tenant, Tenant) -> FakeCountSource)? = nil,
        purgeParticipants: [any ClientPurgeParticipant] = []
    ) async throws -> ClientsSchemaWorld {
        let a = try await tenant(database, name: "Agencia Luna", slug: "agencia-luna", country: "MX", currency: "MXN", mail: "luna.mx")
        let b = try await tenant(database, name: "Taller Sur", slug: "taller-sur", country: "CL", currency: "CLP", mail: "sur.cl")
        let superAdmin = User(organizationID: nil, firstName: "Sara", lastName: "Super", email: "sara@clientela.dev", role: .superAdmin, createdAt: epoch)
        let platformAdmin = User(organizationID: nil, firstName: "Pablo", lastName: "Plataforma", email: "pablo@clientela.dev", role: .platformAdmin, createdAt: epoch)
        try await database.write { connection in
            for user in [superAdmin, platformAdmin] { try UserRepository(connection).create(user) }
        }
        let source = counts?(a, b)
        let ports = ClientsPorts(
            counts: source.map { [$0] } ?? [],
            resellers: FakeResellerDirectory(resellers: [a.organization.id: [a.resellerID], b.organization.id: [b.resellerID]]),
            purgeParticipants: purgeParticipants)
        let schema = try SchemaBuilder().build([
            rootModule(),
            TenancySchema.module(ports: TenancyPorts(clientAssignments: NoClientAssignments(), loginBindings: AnyLoginBindings())),
            ClientsSchema.module(ports: ports),
        ])
        return ClientsSchemaWorld(
            database: database, a: a, b: b, superAdmin: superAdmin, platformAdmin: platformAdmin, engine: Engine(schema: schema, limits: limits),
            counts: source)
    }

    /// The root types and the scalars the modules use, standing in for the gateway's slice.
    static func rootModule() -> SchemaModule {
        var module = SchemaModule(name: "root", sdl: """
            schema { query: Query }
            type Query { ping: String }
            scalar DateTime
            scalar JSON
            scalar Money
            """, sourceName: "test-root.graphql")
        module.scalar("DateTime", .dateTime)
        module.scalar("JSON", .json)
        module.scalar("Money", .money)
        module.resolve("Query", "ping", .sync { _, _, _ in .string("pong") })
        return module
    }

    /// Creates a client of `tenant` as its admin, as the seeds are made; for tests that need more.
    static func createClient(
        _ database: any SQLDatabase, _ draft: ClientDraft, of organization: Organization, by creator: User,
        reseller: ResellerID? = nil, assignedTo: UserID? = nil, at date: Date = epoch
    ) async throws -> Client {
        try await database.write { connection in
            try ClientRepository(connection).create(
                draft, organization: organization.id, refidPrefix: organization.settings.refidPrefix, resellerID: reseller,
                assignedTo: assignedTo, createdBy: creator.id, at: date, in: AccessScope(Caller(creator)!))
        }
    }

    private static func tenant(
        _ database: any SQLDatabase, name: String, slug: String, country: String, currency: String, mail: String
    ) async throws -> Tenant {
        let organization = Organization(name: name, slug: slug, country: country, currency: currency, createdAt: epoch)
        try await database.write { try OrganizationRepository($0).create(organization) }
        let org = organization.id
        let resellerID = ResellerID.generate()
        func user(_ first: String, _ role: Role, reseller: ResellerID? = nil, client: ClientID? = nil) -> User {
            User(organizationID: org, firstName: first, lastName: name, email: "\(first.lowercased())@\(mail)", role: role,
                 resellerID: reseller, clientID: client, createdAt: epoch)
        }
        let owner = user("Olga", .orgOwner), admin = user("Adan", .orgAdmin), member = user("Mia", .orgMember)
        try await database.write { connection in
            for staff in [owner, admin, member] { try UserRepository(connection).create(staff) }
        }
        var gomez = ClientDraft(name: "José Gómez", email: try EmailAddress("jose@\(mail)"), phone: try PhoneNumber("+56 9 1234 5678"))
        gomez.notes = "Prefers calls in the morning"
        gomez.metadata = try Metadata(.object(OrderedObject([("tier", .string("gold"))])))
        gomez.address = PostalAddress(storedStreet: "Calle 1", commune: "Centro", region: "Norte", country: country)
        let standalone = try await createClient(database, gomez, of: organization, by: admin, assignedTo: member.id, at: epoch)
        let resold = try await createClient(
            database, ClientDraft(name: "Ana Muñoz", email: try EmailAddress("ana@\(mail)")), of: organization, by: admin,
            reseller: resellerID, at: epoch.addingTimeInterval(60))
        let portal = try await createClient(
            database, ClientDraft(name: "Cliente Portal"), of: organization, by: admin, at: epoch.addingTimeInterval(120))
        let activated = try await database.write { connection in
            try ClientRepository(connection).transition(
                standalone.id, to: .active, reason: "Signed", by: admin.id, at: epoch.addingTimeInterval(180), in: AccessScope(Caller(admin)!))
        }
        let reseller = user("Rita", .reseller, reseller: resellerID)
        let client = user("Cleo", .client, client: portal.id)
        var events: [ClientID: Event] = [:]
        for (offset, seeded) in [standalone, resold, portal].enumerated() {
            events[seeded.id] = Event(
                organization: org, client: seeded.id, name: "Event of \(seeded.draft.name)",
                startsAt: epoch.addingTimeInterval(Double(offset + 1) * 86_400), createdAt: epoch)
        }
        let unlinked = Event(organization: org, name: "Open house", createdAt: epoch)
        let staffScope = AccessScope(Caller(admin)!)
        let seededEvents = events.values.sorted { $0.id < $1.id } + [unlinked]
        try await database.write { connection in
            for login in [reseller, client] { try UserRepository(connection).create(login) }
            for event in seededEvents { try EventRepository(connection).create(event, in: staffScope) }
        }
        return Tenant(
            organization: organization, owner: owner, admin: admin, member: member, reseller: reseller, client: client,
            resellerID: resellerID, standalone: activated.client, resold: resold, portal: portal, events: events, unlinkedEvent: unlinked)
    }
}

/// Tenancy's ports, unused by these suites: no user is deactivated and no login bound here.
struct NoClientAssignments: ClientAssignments {
    func releaseAssignments(of user: UserID, in organization: OrganizationID, connection: any SQLConnection) throws -> Int { 0 }
}

struct AnyLoginBindings: LoginBindings {
    func resellerExists(_ reseller: ResellerID, in organization: OrganizationID, connection: any SQLConnection) throws -> Bool { true }
    func clientExists(_ client: ClientID, in organization: OrganizationID, connection: any SQLConnection) throws -> Bool { true }
}
