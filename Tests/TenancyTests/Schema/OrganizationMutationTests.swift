import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// Creating and changing organizations and their settings.
@Suite struct OrganizationMutationTests {
    static let create = #"""
        mutation($slug: String!, $settings: OrganizationSettingsInput) {
          createOrganization(input: {name: "Retail Bogotá", slug: $slug, country: "co", currency: "cop", settings: $settings}) {
            name slug country currency
            settings { defaultClientStatus refidPrefix premiumMinPurchases regularMinPurchases engagementWindowDays inactivityAlertDays }
          }
        }
        """#

    @Test(arguments: TestBackend.all)
    func platformStaffCreateOrganizationsWithDefaultSettings(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let response = await world.run(Self.create, as: world.platformAdmin, variables: [
                "slug": "retail-bogota", "settings": ["refidPrefix": "rb-", "inactivityAlertDays": 90],
            ])
            #expect(response.errors.isEmpty, "\(response.errors)")
            #expect(response.data == ["createOrganization": [
                "name": "Retail Bogotá", "slug": "retail-bogota", "country": "CO", "currency": "COP",
                "settings": [
                    "defaultClientStatus": "PROSPECT", "refidPrefix": "RB-", "premiumMinPurchases": 21, "regularMinPurchases": 5,
                    "engagementWindowDays": 365, "inactivityAlertDays": 90,
                ],
            ]])
            let stored = try await database.read { try OrganizationRepository($0).organization(slug: "retail-bogota", in: .unrestricted) }
            #expect(stored?.settings.inactivityAlertDays == 90)
        }
    }

    @Test(arguments: TestBackend.all, [Role.orgOwner, .orgAdmin, .orgMember, .reseller, .client])
    func nobodyElseCreatesOrganizations(backend: TestBackend, role: Role) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let response = await world.run(Self.create, as: world.caller(role), variables: ["slug": "retail-bogota"])
            #expect(response.errors.map(\.code) == [.forbidden])
        }
    }

    @Test(arguments: TestBackend.all)
    func refusesBadOrTakenValuesNamingTheField(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let taken = await world.run(Self.create, as: world.superAdmin, variables: ["slug": "taller-sur"])
            #expect(taken.errors.map(\.code) == [.badUserInput])
            #expect(taken.errors.first?.extensions["field"] == "slug")
            let malformed = await world.run(Self.create, as: world.superAdmin, variables: ["slug": "Retail Bogota"])
            #expect(malformed.errors.first?.extensions["field"] == "slug")
            let thresholds = await world.run(Self.create, as: world.superAdmin, variables: [
                "slug": "retail-bogota", "settings": ["premiumMinPurchases": 3],
            ])
            #expect(thresholds.errors.first?.extensions["field"] == "settings.premiumMinPurchases")
            let window = await world.run(Self.create, as: world.superAdmin, variables: [
                "slug": "retail-bogota", "settings": ["engagementWindowDays": 0],
            ])
            #expect(window.errors.first?.extensions["field"] == "settings.engagementWindowDays")
        }
    }

    @Test(arguments: TestBackend.all, Role.allCases)
    func ownersAndPlatformStaffChangeAnOrganization(backend: TestBackend, role: Role) async throws {
        try await backend.withDatabase { database in
            let world = try await TenancyWorld.make(database)
            let response = await world.run(
                "mutation($id: ID!) { updateOrganization(id: $id, input: {name: \"Luna Eventos\", settings: {defaultClientStatus: ACTIVE}}) { name slug settings { defaultClientStatus refidPrefix } } }",
                as: world.caller(role), variables: ["id": .string(world.a.organization.id.rawValue)])
            let stored = try await database.read { try OrganizationRepository($0).organization(world.a.organization.id, in: .unrestricted) }
            if role.isPlatformStaff || role == .orgOwner {
                #expect(response.data == ["updateOrganization": [
                    "name": "Luna Eventos", "slug": "agencia-luna", "settings": ["defaultClientStatus": "ACTIVE", "refidPrefix": "CL-"],
                ]])
                #expect(stored?.name == "Luna Eventos")
                #expect(stored?.settings.defaultClientStatus == .active)
            } else {
                #expect(response.errors.map(\.code) == [.forbidden])
                #expect(stored == world.a.organization)
            }
        }
    }
}
