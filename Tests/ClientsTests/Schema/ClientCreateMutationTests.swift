import Clients
import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// `createClient` through the schema: every field, the organization's settings, the RFC
/// warning, every refusal with its code and field and nothing written, who may create, and
/// duplicates naming their holder only to callers who may see it.
@Suite struct ClientCreateMutationTests {
    static let create = """
        mutation($input: CreateClientInput!) {
          createClient(input: $input) {
            id refid name firstName lastName email phone type status segment taxId businessName billingAddress
            address { street commune region country } acquisitionSource acquisitionDetail notes metadata
            assignedTo { id } resellerId organization { id } createdBy { id }
          }
        }
        """

    /// The unrestricted fields, for callers who may not read notes or metadata (a RESELLER).
    static let createPublic = """
        mutation($input: CreateClientInput!) { createClient(input: $input) { id resellerId organization { id } createdBy { id } } }
        """

    static func input(_ pairs: [(String, Value)]) -> [String: Value] {
        ["input": .object(OrderedObject(pairs))]
    }

    @Test(arguments: ClientsBackend.all)
    func aClientIsCreatedWithEveryFieldAndTheOrganizationsSettings(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            try await world.setSettings(of: world.a.organization) { settings in
                settings.refidPrefix = "LU-"
                settings.defaultClientStatus = .pending
                settings.regularMinPurchases = 0
            }
            let response = await world.run(Self.create, as: world.a.admin, variables: Self.input([
                ("firstName", "  Lucía "), ("lastName", "Ruiz"), ("email", " Lucia@Example.MX "), ("phone", "+52 33 1234 5678"),
                ("taxId", "goaj-710125-7ma"), ("businessName", "Lucía Ruiz Eventos"), ("billingAddress", "Av. Juárez 10, Guadalajara"),
                ("address", ["street": "Av. Juárez 10", "commune": "Centro", "region": "Jalisco", "country": "MX"]),
                ("acquisitionSource", "REFERRAL"), ("acquisitionDetail", "Boda Gómez"), ("notes", "Call after 5"),
                ("metadata", ["tier": "gold", "guests": 120]), ("assignedToId", .string(world.a.member.id.rawValue)),
            ]))
            #expect(response.errors.isEmpty, "\(response.errors)")
            #expect(response.value("createClient", "name") == "Lucía Ruiz")
            #expect(response.string("createClient", "refid")?.hasPrefix("LU-") == true)
            #expect(response.string("createClient", "refid")?.count == 13)
            #expect(response.value("createClient", "email") == "lucia@example.mx")
            #expect(response.value("createClient", "phone") == "+523312345678")
            #expect(response.value("createClient", "type") == "INDIVIDUAL")
            #expect(response.value("createClient", "status") == "PENDING")
            #expect(response.value("createClient", "segment") == "REGULAR")
            #expect(response.value("createClient", "taxId") == "GOAJ7101257MA")
            #expect(response.value("createClient", "address", "region") == "Jalisco")
            #expect(response.value("createClient", "acquisitionSource") == "REFERRAL")
            #expect(response.value("createClient", "metadata") == ["tier": "gold", "guests": 120])
            #expect(response.value("createClient", "assignedTo", "id") == .string(world.a.member.id.rawValue))
            #expect(response.value("createClient", "resellerId") == .null)
            #expect(response.value("createClient", "organization", "id") == .string(world.a.organization.id.rawValue))
            #expect(response.value("createClient", "createdBy", "id") == .string(world.a.admin.id.rawValue))
            #expect(response.extensions == nil)
            let id = try #require(response.string("createClient", "id").flatMap(ClientID.init(parsing:)))
            let stored = try #require(try await world.stored(id))
            #expect(stored.draft.notes == "Call after 5")
            #expect(stored.createdBy == world.a.admin.id)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func anRFCWithAFailingCheckDigitIsAcceptedWithAWarning(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let response = await world.run(
                "mutation($input: CreateClientInput!) { made: createClient(input: $input) { taxId } }", as: world.a.admin,
                variables: Self.input([("name", "Mario Martínez"), ("taxId", "AAMM450222AJ1")]))
            #expect(response.errors.isEmpty)
            #expect(response.value("made", "taxId") == "AAMM450222AJ1")
            let warnings = try #require(response.extensions?["warnings"]?.listValue)
            #expect(warnings.count == 1)
            let warning = try #require(warnings.first?.objectValue)
            #expect(warning["code"] == "RFC_CHECK_DIGIT_MISMATCH")
            #expect(warning["field"] == "taxId")
            #expect(warning["path"] == ["made"])
            #expect(warning["message"]?.stringValue?.isEmpty == false)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aRefusedWriteReportsNoWarningAndAnUpdateWarnsToo(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let taken = try #require(world.a.standalone.draft.email?.value)
            let refused = await world.run(Self.create, as: world.a.admin, variables: Self.input([
                ("name", "Mario"), ("taxId", "AAMM450222AJ1"), ("email", .string(taken)),
            ]))
            #expect(refused.errorCode == "DUPLICATE_EMAIL")
            #expect(refused.extensions == nil, "the warning of a write that rolled back is not reported")
            let updated = await world.run(
                "mutation($id: ID!) { updateClient(id: $id, input: {taxId: \"AAMM450222AJ1\"}) { taxId } }", as: world.a.admin,
                variables: ["id": .string(world.a.portal.id.rawValue)])
            #expect(updated.value("updateClient", "taxId") == "AAMM450222AJ1")
            let warning = try #require(updated.extensions?["warnings"]?.listValue?.first?.objectValue)
            #expect(warning["code"] == "RFC_CHECK_DIGIT_MISMATCH")
            #expect(warning["path"] == ["updateClient"])
        }
    }

    /// Each refused input, its code and field; the footprint shows nothing was written.
    static let refusals: [(String, [(String, Value)], String, String?)] = [
        ("no name", [("email", "x@example.mx")], "BAD_USER_INPUT", "name"),
        ("bad email", [("name", "Ana"), ("email", "ana-at-example")], "BAD_USER_INPUT", "email"),
        ("long notes", [("name", "Ana"), ("notes", .string(String(repeating: "n", count: 2001)))], "BAD_USER_INPUT", "notes"),
        ("bad RFC", [("name", "Ana"), ("taxId", "ABCD12345")], "INVALID_TAX_ID", "taxId"),
        ("company RFC for a person", [("name", "Ana"), ("taxId", "SIN9311169P8")], "INVALID_TAX_ID", "taxId"),
        ("secret metadata", [("name", "Ana"), ("metadata", ["apiKey": "s3cret"])], "BAD_USER_INPUT", "metadata"),
        ("metadata not an object", [("name", "Ana"), ("metadata", [1, 2])], "BAD_USER_INPUT", "metadata"),
        ("malformed assignee", [("name", "Ana"), ("assignedToId", "nobody")], "BAD_USER_INPUT", "assignedToId"),
        ("malformed reseller", [("name", "Ana"), ("resellerId", "r-1")], "INVALID_RESELLER", "resellerId"),
        ("unknown reseller", [("name", "Ana"), ("resellerId", .string(ResellerID.generate().rawValue))], "INVALID_RESELLER", "resellerId"),
        ("unknown organization", [("name", "Ana"), ("organizationId", .string(OrganizationID.generate().rawValue))], "NOT_FOUND", nil),
    ]

    @Test(arguments: ClientsBackend.all)
    func everyRefusalNamesItsCodeAndFieldAndWritesNothing(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let before = try await world.footprint()
            for (label, pairs, code, field) in Self.refusals {
                let response = await world.run(Self.create, as: world.a.admin, variables: Self.input(pairs))
                #expect(response.errorCode == code, "\(label): \(response.json)")
                #expect(response.errorField == field, "\(label): \(response.json)")
                #expect(response.value("createClient") == .null, "\(label)")
            }
            #expect(try await world.footprint() == before)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func referencesToAnotherOrganizationAreRefusedOnTheirField(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let before = try await world.footprint()
            let otherMember = await world.run(Self.create, as: world.a.admin, variables: Self.input([
                ("name", "Ana"), ("assignedToId", .string(world.b.member.id.rawValue)),
            ]))
            #expect(otherMember.errorCode == "BAD_USER_INPUT")
            #expect(otherMember.errorField == "assignedToId")
            let loginNotStaff = await world.run(Self.create, as: world.a.admin, variables: Self.input([
                ("name", "Ana"), ("assignedToId", .string(world.a.reseller.id.rawValue)),
            ]))
            #expect(loginNotStaff.errorField == "assignedToId")
            let otherReseller = await world.run(Self.create, as: world.a.admin, variables: Self.input([
                ("name", "Ana"), ("resellerId", .string(world.b.resellerID.rawValue)),
            ]))
            #expect(otherReseller.errorCode == "INVALID_RESELLER")
            #expect(otherReseller.errorField == "resellerId")
            let otherOrganization = await world.run(Self.create, as: world.a.admin, variables: Self.input([
                ("name", "Ana"), ("organizationId", .string(world.b.organization.id.rawValue)),
            ]))
            let unknownOrganization = await world.run(Self.create, as: world.a.admin, variables: Self.input([
                ("name", "Ana"), ("organizationId", .string(OrganizationID.generate().rawValue)),
            ]))
            #expect(otherOrganization.errorCode == "NOT_FOUND")
            #expect(otherOrganization.json == unknownOrganization.json)
            #expect(try await world.footprint() == before)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func whoMayCreateFollowsTheOperationsTable(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let org: (String, Value) = ("organizationId", .string(world.a.organization.id.rawValue))
            for role in [Role.superAdmin, .platformAdmin, .orgOwner, .orgAdmin, .reseller] {
                let pairs: [(String, Value)] = role.isPlatformStaff ? [("name", .string("By \(role)")), org] : [("name", .string("By \(role)"))]
                let response = await world.run(Self.createPublic, as: world.caller(role), variables: Self.input(pairs))
                #expect(response.errors.isEmpty, "\(role): \(response.json)")
                #expect(response.value("createClient", "organization", "id") == .string(world.a.organization.id.rawValue))
                #expect(response.value("createClient", "createdBy", "id") == .string(world.caller(role).id.rawValue))
            }
            let before = try await world.footprint()
            for role in [Role.orgMember, .client] {
                let response = await world.run(Self.create, as: world.caller(role), variables: Self.input([("name", "Nope")]))
                #expect(response.errorCode == "FORBIDDEN", "\(role)")
            }
            let staffWithoutOrganization = await world.run(Self.create, as: world.platformAdmin, variables: Self.input([("name", "Where")]))
            #expect(staffWithoutOrganization.errorCode == "BAD_USER_INPUT")
            #expect(staffWithoutOrganization.errorField == "organizationId")
            #expect(try await world.footprint() == before)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aResellersNewClientIsItsOwnAndItMayNameNoOther(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let own = await world.run(Self.create, as: world.a.reseller, variables: Self.input([("name", "Resold")]))
            #expect(own.value("createClient", "resellerId") == .string(world.a.resellerID.rawValue))
            let named = await world.run(Self.create, as: world.a.reseller, variables: Self.input([
                ("name", "Named"), ("resellerId", .string(world.a.resellerID.rawValue)),
            ]))
            #expect(named.value("createClient", "resellerId") == .string(world.a.resellerID.rawValue))
            let before = try await world.footprint()
            let other = await world.run(Self.create, as: world.a.reseller, variables: Self.input([
                ("name", "Other"), ("resellerId", .string(ResellerID.generate().rawValue)),
            ]))
            #expect(other.errorCode == "FORBIDDEN")
            let staffGives = await world.run(Self.create, as: world.a.admin, variables: Self.input([
                ("name", "Given"), ("resellerId", .string(world.a.resellerID.rawValue)),
            ]))
            #expect(staffGives.value("createClient", "resellerId") == .string(world.a.resellerID.rawValue))
            #expect(try await world.footprint()[0] == before[0] + 1)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aDuplicateNamesTheHolderOnlyToCallersWhoMaySeeIt(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let holder = world.a.standalone
            let email = try #require(holder.draft.email?.value)
            let before = try await world.footprint()
            let staff = await world.run(Self.create, as: world.a.admin, variables: Self.input([("name", "Copy"), ("email", .string(email.uppercased()))]))
            #expect(staff.errorCode == "DUPLICATE_EMAIL")
            #expect(staff.errorField == "email")
            #expect(staff.onlyError?.extensions["refid"] == .string(holder.refid.value))
            let reseller = await world.run(Self.create, as: world.a.reseller, variables: Self.input([("name", "Copy"), ("email", .string(email))]))
            #expect(reseller.errorCode == "DUPLICATE_EMAIL")
            #expect(reseller.errorField == "email")
            #expect(reseller.onlyError?.extensions["refid"] == nil)
            #expect(reseller.json.contains(holder.refid.value) == false)
            let otherOrganization = await world.run(Self.create, as: world.b.admin, variables: Self.input([("name", "Copy"), ("email", .string(email))]))
            #expect(otherOrganization.errors.isEmpty, "an email is unique within an organization only")

            _ = await world.run(Self.create, as: world.a.admin, variables: Self.input([("name", "Taxed"), ("taxId", "GOAJ7101257MA")]))
            let taxHolder = try #require(try await world.database.read {
                try $0.scalar("SELECT refid FROM clients WHERE tax_id = 'GOAJ7101257MA'", as: String.self)
            })
            let taxCopy = await world.run(Self.create, as: world.a.owner, variables: Self.input([("name", "Copy"), ("taxId", "GOAJ-710125-7MA")]))
            #expect(taxCopy.errorCode == "DUPLICATE_TAX_ID")
            #expect(taxCopy.errorField == "taxId")
            #expect(taxCopy.onlyError?.extensions["refid"] == .string(taxHolder))
            #expect(try await world.footprint()[0] == before[0] + 2)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func twoRacingCreatesWithOneEmailLetExactlyOneWin(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let variables = Self.input([("name", "Racer"), ("email", "racer@example.mx")])
            async let first = world.run(Self.create, as: world.a.admin, variables: variables)
            async let second = world.run(Self.create, as: world.a.owner, variables: variables)
            let responses = await [first, second]
            #expect(responses.filter(\.errors.isEmpty).count == 1)
            #expect(responses.compactMap(\.errorCode) == ["DUPLICATE_EMAIL"])
            let counted1 = try await world.count("SELECT count(*) FROM clients WHERE email = 'racer@example.mx'")
            #expect(counted1 == 1)
        }
    }
}
