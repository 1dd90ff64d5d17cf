import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// access.md's per-field permission rows that concern Tenancy's types, row by row, through
/// direct and nested paths: a refused field is null with FORBIDDEN at its own path, and the rest
/// of the response is there.
@Suite struct FieldPermissionTests {
    /// Paths that reach users' emails, from the shortest to deep nesting.
    static let emailPaths = [
        "{ viewer { id email } }",
        "{ organizations { users { id email } } }",
        "{ viewer { organization { users { id email } } } }",
        "{ viewer { apiTokens { user { id email } } } }",
    ]

    /// "User.email: staff of the same organization and platform staff".
    @Test(arguments: TestBackend.all, Role.allCases)
    func userEmailIsForStaffOfTheSameOrganizationAndPlatformStaff(backend: TestBackend, role: Role) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let caller = world.caller(role)
            for query in Self.emailPaths {
                let response = await world.run(query, as: caller)
                let users = Self.objects(in: try #require(response.data), having: "email")
                // Platform staff have no organization, so that one path reaches nobody for them.
                let reachesNobody = role.isPlatformStaff && query.contains("viewer { organization")
                #expect(users.isEmpty == reachesNobody, "\(query) reached \(users.count) users")
                let forbidden = response.errors.filter { $0.code == .forbidden }
                if role.isStaff {
                    #expect(response.errors.isEmpty, "\(role.rawValue) \(query): \(response.errors)")
                    for user in users {
                        let stored = try await Self.storedEmail(user["id"]?.stringValue, in: world)
                        #expect(user["email"] == .string(stored))
                    }
                } else {
                    #expect(users.allSatisfy { $0["email"] == .null }, "\(role.rawValue) read an email through \(query)")
                    #expect(forbidden.count == users.count)
                    #expect(forbidden.allSatisfy { $0.path?.last == .key("email") })
                    #expect(users.allSatisfy { $0["id"]?.stringValue != nil }, "the refusal nulled more than the field")
                }
            }
        }
    }

    /// A mutation's answer is a path like any other: the email of the token's owner is checked
    /// there too.
    @Test(arguments: TestBackend.all, Role.allCases)
    func mutationAnswersAreCheckedLikeQueries(backend: TestBackend, role: Role) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let caller = world.caller(role)
            let response = await world.run("mutation { createApiToken(input: {name: \"x\"}) { token apiToken { user { id email } } } }", as: caller)
            let user = response.data?["createApiToken"]?["apiToken"]?["user"]
            #expect(user?["id"] == .string(caller.id.rawValue))
            #expect(response.data?["createApiToken"]?["token"]?.stringValue != nil)
            if role.isStaff {
                #expect(user?["email"] == .string(caller.email))
                #expect(response.errors.isEmpty)
            } else {
                #expect(user?["email"] == .null)
                #expect(response.errors.map(\.code) == [.forbidden])
                #expect(response.errors.first?.path == [.key("createApiToken"), .key("apiToken"), .key("user"), .key("email")])
            }
        }
    }

    /// Staff of another organization never read an email: platform staff reach B's users, but
    /// an ORG_OWNER of B would not pass for A's records (checked on the records themselves).
    @Test func orgRolesCountOnlyForTheirOwnOrganizationsRecords() throws {
        let a = OrganizationID.generate()
        let b = OrganizationID.generate()
        let ownerOfB = try #require(Caller(userID: .generate(), role: .orgOwner, organizationID: b))
        let userOfA = User(organizationID: a, firstName: "Ana", lastName: "Luna", email: "ana@luna.mx", role: .orgMember)
        let email = FieldPermission(roles: ["SUPER_ADMIN", "PLATFORM_ADMIN", "ORG_OWNER", "ORG_ADMIN", "ORG_MEMBER"], coordinate: "User.email")
        #expect(!Self.context(ownerOfB).mayRead(email, source: userOfA))
        let userOfB = User(organizationID: b, firstName: "Beto", lastName: "Sur", email: "beto@sur.cl", role: .orgMember)
        #expect(Self.context(ownerOfB).mayRead(email, source: userOfB))
    }

    /// "ApiToken (any field): its owner, SUPER_ADMIN", through the list of a user's tokens.
    @Test(arguments: TestBackend.all, Role.allCases)
    func apiTokensAreForTheirOwnerAndSuperAdmin(backend: TestBackend, role: Role) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let caller = world.caller(role)
            let own = await world.run("{ viewer { apiTokens { id name prefix createdAt lastUsedAt expiresAt revokedAt user { id } } } }", as: caller)
            #expect(own.errors.isEmpty, "\(own.errors)")
            let token = world.token(of: caller)
            #expect(own.data?["viewer"]?["apiTokens"] == [[
                "id": .string(token.id.rawValue), "name": .string(token.name), "prefix": .string(token.prefix),
                "createdAt": .string("2025-12-01T00:00:00.000000Z"), "lastUsedAt": nil, "expiresAt": nil, "revokedAt": nil,
                "user": ["id": .string(caller.id.rawValue)],
            ]])

            let others = await world.run("{ organizations { users { id apiTokens { name } } } }", as: caller)
            let users = Self.objects(in: try #require(others.data), having: "apiTokens")
            for user in users {
                let isOwn = user["id"]?.stringValue == caller.id.rawValue
                if role == .superAdmin || isOwn {
                    #expect(user["apiTokens"]?.listValue?.count == 1)
                } else {
                    #expect(user["apiTokens"] == .null)
                }
            }
            let refused = users.filter { $0["apiTokens"] == .null }.count
            #expect(others.errors.filter { $0.code == .forbidden && $0.path?.last == .key("apiTokens") }.count == refused)
            #expect(others.errors.count == refused)
            if role == .superAdmin { #expect(refused == 0) }
            if role == .orgOwner || role == .platformAdmin { #expect(refused > 0) }
        }
    }

    /// Every ApiToken field, as the SDL declares it, for every role, on a token the caller owns
    /// and on one it does not: only the owner and a SUPER_ADMIN read any of them.
    @Test func everyApiTokenFieldIsRestrictedToOwnerAndSuperAdmin() throws {
        let schema = try SchemaBuilder().build([TenancyWorld.rootModule(), TenancySchema.module(ports: Self.noPorts)])
        guard case .object(let type)? = schema.type(named: "ApiToken") else { Issue.record("no ApiToken type"); return }
        #expect(type.fields.count == 8)
        let organization = OrganizationID.generate()
        for role in Role.allCases {
            let caller = try #require(Self.caller(role, organization: organization))
            let owned = ApiToken(userID: caller.userID, organizationID: caller.organizationID, name: "mine", prefix: "clt_1", secretHash: "x",
                                 owningResellerID: caller.resellerID, owningClientID: caller.clientID)
            let foreign = ApiToken(userID: .generate(), organizationID: organization, name: "theirs", prefix: "clt_2", secretHash: "y")
            for field in type.fields {
                let permission = try #require(field.permission, "ApiToken.\(field.name) is not restricted")
                #expect(Self.context(caller).mayRead(permission, source: owned))
                #expect(Self.context(caller).mayRead(permission, source: foreign) == (role == .superAdmin), "\(role) ApiToken.\(field.name)")
            }
        }
    }

    /// Unknown names in `@allow` grant nothing, so a typo closes a field rather than opening it.
    @Test func unknownPermissionNamesGrantNothing() throws {
        let caller = try #require(Caller(userID: .generate(), role: .superAdmin, organizationID: nil))
        #expect(!Self.context(caller).mayRead(FieldPermission(roles: ["SUPERADMIN"], coordinate: "X.y"), source: ()))
        #expect(Self.context(caller).mayRead(FieldPermission(roles: ["SUPER_ADMIN"], coordinate: "X.y"), source: ()))
    }

    // MARK: - Helpers

    static let noPorts = TenancyPorts(clientAssignments: RecordingClientAssignments(), loginBindings: FakeLoginBindings())

    static func caller(_ role: Role, organization: OrganizationID) -> Caller? {
        Caller(userID: .generate(), role: role, organizationID: role.isPlatformStaff ? nil : organization,
               resellerID: role == .reseller ? .generate() : nil, clientID: role == .client ? .generate() : nil)
    }

    /// A context with no usable database: permission checks never touch storage.
    static func context(_ caller: Caller) -> AccessContext {
        AccessContext(caller: caller, requestId: "test", database: UnusedDatabase())
    }

    /// Every object in a response that has `key`, at any depth.
    static func objects(in value: Value, having key: String) -> [OrderedObject] {
        switch value {
        case .object(let object):
            let own = object[key] != nil ? [object] : []
            return own + object.flatMap { objects(in: $0.value, having: key) }
        case .list(let items):
            return items.flatMap { objects(in: $0, having: key) }
        default:
            return []
        }
    }

    static func storedEmail(_ id: String?, in world: TenancyWorld) async throws -> String {
        let id = try #require(id.flatMap(UserID.init(parsing:)))
        let user = try await world.database.read { try UserRepository($0).user(id, in: .unrestricted) }
        return try #require(user?.email)
    }
}

/// A database that fails every call: for checks that must not touch storage.
struct UnusedDatabase: SQLDatabase {
    struct Touched: Error {}
    var dialect: SQLDialect { .sqlite }
    var statementsExecuted: Int { 0 }
    func read<T: Sendable>(_ work: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T { throw Touched() }
    func write<T: Sendable>(_ work: @escaping @Sendable (any SQLConnection) throws -> T) async throws -> T { throw Touched() }
    func close() async {}
}
