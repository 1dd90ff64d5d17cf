import GraphQL
import Tenancy
import Testing

/// access.md's "Operations" table, row by row, for every role, on a record of the caller's own
/// organization that belongs to the reseller R and the client C.
@Suite struct OperationPolicyTests {
    let organization = OrganizationID.generate()
    let reseller = ResellerID.generate()
    let client = ClientID.generate()

    struct Record: TenantRecord {
        var organizationID: OrganizationID?
        var owningResellerID: ResellerID?
        var owningClientID: ClientID?
    }

    func caller(_ role: Role, reseller: ResellerID? = nil, client: ClientID? = nil) -> Caller {
        Caller(
            userID: .generate(), role: role, organizationID: role.isPlatformStaff ? nil : organization,
            resellerID: role == .reseller ? (reseller ?? self.reseller) : nil, clientID: role == .client ? (client ?? self.client) : nil)!
    }

    var record: Record { Record(organizationID: organization, owningResellerID: reseller, owningClientID: client) }

    /// The roles each row allows on the record (RESELLER and CLIENT being its own reseller and client).
    static let table: [(TenantOperation, Set<Role>)] = [
        (.change, [.superAdmin, .platformAdmin, .orgOwner, .orgAdmin, .reseller]),
        (.deleteClient, [.superAdmin]),
        (.logInteraction, [.superAdmin, .platformAdmin, .orgOwner, .orgAdmin, .orgMember, .reseller]),
        (.recordSurvey, [.superAdmin, .platformAdmin, .orgOwner, .orgAdmin, .orgMember, .client]),
        (.billingLinks, [.superAdmin, .platformAdmin, .orgOwner, .orgAdmin]),
        (.manageResellers, [.superAdmin, .platformAdmin, .orgOwner]),
        (.provision, [.superAdmin, .platformAdmin, .reseller]),
        (.manageUsers, [.superAdmin, .platformAdmin, .orgOwner]),
        (.analytics, [.superAdmin, .platformAdmin, .orgOwner, .orgAdmin, .reseller]),
        (.updateOrganization, [.superAdmin, .platformAdmin, .orgOwner]),
    ]

    @Test func followsTheOperationsTable() {
        for (operation, allowed) in Self.table {
            for role in Role.allCases {
                #expect(OperationPolicy.allows(operation, caller: caller(role), record: record) == allowed.contains(role), "\(operation) by \(role)")
            }
        }
        #expect(Set(Self.table.map(\.0)).count == Self.table.count)
    }

    @Test func aResellerActsOnlyForItsOwnClientsAndCreatesItsOwn() {
        let other = caller(.reseller, reseller: .generate())
        #expect(!OperationPolicy.allows(.change, caller: other, record: record))
        #expect(OperationPolicy.allows(.change, caller: other, record: nil))
        let otherClient = caller(.client, client: .generate())
        #expect(!OperationPolicy.allows(.recordSurvey, caller: otherClient, record: record))
    }

    @Test func outOfScopeIsNotFoundAndInScopeRefusalIsForbidden() {
        let elsewhere = Record(organizationID: .generate(), owningResellerID: reseller, owningClientID: client)
        let member = caller(.orgMember)
        let scope = AccessScope(member)
        #expect(throws: ResolverError.notFound("client")) {
            try OperationPolicy.authorize(.change, caller: member, scope: scope, record: elsewhere, kind: "client")
        }
        #expect(throws: ResolverError.self) {
            try OperationPolicy.authorize(.change, caller: member, scope: scope, record: record, kind: "client")
        }
        do {
            try OperationPolicy.authorize(.change, caller: member, scope: scope, record: record, kind: "client")
        } catch {
            #expect(error.code == .forbidden)
        }
        #expect(throws: Never.self) {
            try OperationPolicy.authorize(.logInteraction, caller: member, scope: scope, record: record, kind: "client")
        }
    }

    @Test func grantsFollowTheUsersAndRolesRow() throws {
        for role in Role.allCases {
            #expect(throws: Never.self) { try OperationPolicy.authorizeGrant(of: role, to: caller(.superAdmin)) }
            let byPlatformAdmin = Result { try OperationPolicy.authorizeGrant(of: role, to: caller(.platformAdmin)) }
            #expect(((try? byPlatformAdmin.get()) != nil) == (role != .superAdmin))
            let byOwner = Result { try OperationPolicy.authorizeGrant(of: role, to: caller(.orgOwner)) }
            #expect(((try? byOwner.get()) != nil) == !role.isPlatformStaff, "ORG_OWNER granting \(role)")
            for other in [Role.orgAdmin, .orgMember, .reseller, .client] {
                #expect(throws: ResolverError.self) { try OperationPolicy.authorizeGrant(of: role, to: caller(other)) }
            }
        }
    }

    @Test func tokensAreRevokedByTheirOwnerOrASuperAdmin() {
        let owner = caller(.orgMember)
        let token = ApiToken(userID: owner.userID, organizationID: organization, name: "t", prefix: "clt_x", secretHash: "h")
        #expect(OperationPolicy.allows(.revokeToken, caller: owner, record: token))
        #expect(OperationPolicy.allows(.revokeToken, caller: caller(.superAdmin), record: token))
        for role in [Role.platformAdmin, .orgOwner, .orgAdmin, .orgMember] {
            #expect(!OperationPolicy.allows(.revokeToken, caller: caller(role), record: token))
        }
    }
}
