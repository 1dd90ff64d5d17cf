import Storage
import Tenancy
import Testing

@Suite struct AccessScopeTests {
    let a = OrganizationID.generate()
    let b = OrganizationID.generate()

    func caller(_ role: Role, reseller: ResellerID? = nil, client: ClientID? = nil) -> Caller {
        Caller(userID: .generate(), role: role, organizationID: role.isPlatformStaff ? nil : a, resellerID: reseller, clientID: client)!
    }

    @Test func followsTheRolesTableOfAccessMD() {
        #expect(AccessScope(caller(.superAdmin)).organizations == .all)
        #expect(AccessScope(caller(.platformAdmin)).organizations == .all)
        for role in [Role.orgOwner, .orgAdmin, .orgMember] {
            let scope = AccessScope(caller(role))
            #expect(scope.organizations == .only(a))
            #expect(scope.confinement == .none)
        }
        let reseller = ResellerID.generate()
        #expect(AccessScope(caller(.reseller, reseller: reseller)).confinement == .reseller(reseller))
        let client = ClientID.generate()
        #expect(AccessScope(caller(.client, client: client)).confinement == .client(client))
    }

    @Test func deletedRowsOnlyForASuperAdminWhoAsks() {
        #expect(AccessScope(caller(.superAdmin), includeDeleted: true).includeDeleted)
        #expect(!AccessScope(caller(.superAdmin)).includeDeleted)
        for role in [Role.platformAdmin, .orgOwner] {
            #expect(!AccessScope(caller(role), includeDeleted: true).includeDeleted)
        }
    }

    @Test func containsRecordsOfItsOrganizationAndConfinement() {
        struct Record: TenantRecord {
            var organizationID: OrganizationID?
            var owningResellerID: ResellerID?
            var owningClientID: ClientID?
        }
        let reseller = ResellerID.generate()
        let client = ClientID.generate()
        let ownClient = Record(organizationID: a, owningResellerID: reseller, owningClientID: client)
        let otherClient = Record(organizationID: a, owningResellerID: .generate(), owningClientID: .generate())
        let standalone = Record(organizationID: a)
        let elsewhere = Record(organizationID: b, owningResellerID: reseller, owningClientID: client)

        let owner = AccessScope(caller(.orgOwner))
        #expect(owner.contains(ownClient) && owner.contains(otherClient) && owner.contains(standalone))
        #expect(!owner.contains(elsewhere))
        let asReseller = AccessScope(caller(.reseller, reseller: reseller))
        #expect(asReseller.contains(ownClient))
        #expect(!asReseller.contains(otherClient) && !asReseller.contains(standalone) && !asReseller.contains(elsewhere))
        let asClient = AccessScope(caller(.client, client: client))
        #expect(asClient.contains(ownClient))
        #expect(!asClient.contains(otherClient) && !asClient.contains(elsewhere))
        #expect(AccessScope(caller(.platformAdmin)).contains(elsewhere))
        // The organization itself is visible to its confined logins.
        let organization = Organization(id: a, name: "A", slug: "a", country: "MX", currency: "MXN")
        #expect(asReseller.contains(organization) && asClient.contains(organization))
    }

    @Test func rendersItsConditionsWithBoundValues() {
        let reseller = ResellerID.generate()
        let scope = AccessScope(caller(.reseller, reseller: reseller))
        let condition = scope.recordCondition(organization: "organization_id", reseller: "reseller_id", client: "id")
        #expect(condition.description == "organization_id = ? AND reseller_id = ?")
        #expect(condition.bindings == [.text(a.rawValue), .text(reseller.rawValue)])
        #expect(AccessScope.unrestricted.recordCondition(organization: "organization_id", reseller: "reseller_id", client: "id").bindings.isEmpty)
        #expect(AccessScope(caller(.orgMember)).deletedCondition("deleted_at").description == "deleted_at IS NULL")
    }

    @Test func callersMustBeConsistent() {
        #expect(Caller(userID: .generate(), role: .superAdmin, organizationID: a) == nil)
        #expect(Caller(userID: .generate(), role: .orgOwner, organizationID: nil) == nil)
        #expect(Caller(userID: .generate(), role: .reseller, organizationID: a) == nil)
        #expect(Caller(userID: .generate(), role: .client, organizationID: a, resellerID: .generate(), clientID: .generate()) == nil)
        #expect(Caller(userID: .generate(), role: .orgMember, organizationID: a, clientID: .generate()) == nil)
    }
}
