import Clients
import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// `transitionClient`, `activateClient`, `suspendClient`: each move and its StatusChange in one
/// transaction, the denial naming from, to and the allowed targets, and who may.
@Suite struct ClientLifecycleMutationTests {
    static let transition = """
        mutation($id: ID!, $to: ClientStatus!, $reason: String) {
          transitionClient(id: $id, to: $to, reason: $reason) { id status updatedAt statusHistory { from to reason by { id } } }
        }
        """

    static func variables(_ id: ClientID, to: String, reason: Value = .null) -> [String: Value] {
        ["id": .string(id.rawValue), "to": .string(to), "reason": reason]
    }

    @Test(arguments: ClientsBackend.all)
    func aTransitionMovesTheClientAndRecordsWhoAndWhyNewestFirst(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let client = world.a.standalone
            let later = ClientsSchemaWorld.epoch.addingTimeInterval(7200)
            let response = await world.run(
                Self.transition, as: world.a.owner, variables: Self.variables(client.id, to: "COMPLETED", reason: "  Delivered  "), now: later)
            #expect(response.errors.isEmpty, "\(response.json)")
            #expect(response.value("transitionClient", "status") == "COMPLETED")
            #expect(response.value("transitionClient", "updatedAt") == .string(Timestamp.format(later)))
            let history = try #require(response.value("transitionClient", "statusHistory")?.listValue)
            #expect(history.count == 2)
            let newest = try #require(history.first?.objectValue)
            #expect(newest["from"] == "ACTIVE")
            #expect(newest["to"] == "COMPLETED")
            #expect(newest["reason"] == "Delivered")
            #expect(newest["by"]?.objectValue?["id"] == .string(world.a.owner.id.rawValue))
            #expect(history.last?.objectValue?["to"] == "ACTIVE")
        }
    }

    @Test(arguments: ClientsBackend.all)
    func theShorthandsAreTransitionsToActiveAndSuspended(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let id = Value.string(world.a.standalone.id.rawValue)
            let suspended = await world.run(
                #"mutation($id: ID!) { suspendClient(id: $id, reason: "Unpaid") { status statusHistory { to reason } } }"#,
                as: world.a.admin, variables: ["id": id], now: ClientsSchemaWorld.epoch.addingTimeInterval(3600))
            #expect(suspended.value("suspendClient", "status") == "SUSPENDED")
            #expect(suspended.value("suspendClient", "statusHistory")?.listValue?.first == ["to": "SUSPENDED", "reason": "Unpaid"])
            let active = await world.run("mutation($id: ID!) { activateClient(id: $id) { status } }", as: world.a.admin, variables: ["id": id])
            #expect(active.value("activateClient", "status") == "ACTIVE")
            let counted1 = try await world.count("SELECT count(*) FROM status_changes WHERE client_id = \(world.a.standalone.id)")
            #expect(counted1 == 3)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func aMoveTheLifecycleForbidsNamesFromToAndAllowedAndWritesNothing(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let before = try await world.footprint()
            let denied = await world.run(Self.transition, as: world.a.admin, variables: Self.variables(world.a.resold.id, to: "COMPLETED"))
            #expect(denied.errorCode == "STATUS_TRANSITION_DENIED")
            let error = try #require(denied.onlyError)
            #expect(error.extensions["from"] == "PROSPECT")
            #expect(error.extensions["to"] == "COMPLETED")
            #expect(error.extensions["allowed"] == ["ACTIVE", "PENDING", "INACTIVE"])
            #expect(error.path == ["transitionClient"])
            let again = await world.run("mutation($id: ID!) { activateClient(id: $id) { status } }", as: world.a.admin, variables: [
                "id": .string(world.a.standalone.id.rawValue),
            ])
            #expect(again.onlyError?.extensions["from"] == "ACTIVE")
            #expect(again.onlyError?.extensions["to"] == "ACTIVE")
            let long = await world.run(
                Self.transition, as: world.a.admin,
                variables: Self.variables(world.a.resold.id, to: "ACTIVE", reason: .string(String(repeating: "r", count: 501))))
            #expect(long.errorCode == "BAD_USER_INPUT")
            #expect(long.errorField == "reason")
            #expect(try await world.footprint() == before)
            let storedNow = try await world.stored(world.a.resold.id)
            #expect(storedNow == world.a.resold)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func whoMayTransitionFollowsTheOperationsTable(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let never = await world.run(Self.transition, as: world.a.admin, variables: Self.variables(.generate(), to: "ACTIVE"))
            #expect(never.errorCode == "NOT_FOUND")
            let otherTenant = await world.run(Self.transition, as: world.a.admin, variables: Self.variables(world.b.resold.id, to: "ACTIVE"))
            #expect(otherTenant.json == never.json)
            let resellerOnStaffClient = await world.run(Self.transition, as: world.a.reseller, variables: Self.variables(world.a.portal.id, to: "ACTIVE"))
            #expect(resellerOnStaffClient.json == never.json)
            let member = await world.run(Self.transition, as: world.a.member, variables: Self.variables(world.a.portal.id, to: "ACTIVE"))
            #expect(member.errorCode == "FORBIDDEN")
            let itself = await world.run(Self.transition, as: world.a.client, variables: Self.variables(world.a.portal.id, to: "ACTIVE"))
            #expect(itself.errorCode == "FORBIDDEN")
            let storedNow = try await world.stored(world.a.portal.id)
            #expect(storedNow?.draft.status == .prospect)
            let reseller = await world.run(Self.transition, as: world.a.reseller, variables: Self.variables(world.a.resold.id, to: "PENDING"))
            #expect(reseller.value("transitionClient", "status") == "PENDING", "\(reseller.json)")
            for (role, status) in [(Role.superAdmin, "ACTIVE"), (.platformAdmin, "SUSPENDED"), (.orgOwner, "ACTIVE"), (.orgAdmin, "INACTIVE")] {
                let response = await world.run(Self.transition, as: world.caller(role), variables: Self.variables(world.a.portal.id, to: status))
                #expect(response.value("transitionClient", "status") == .string(status), "\(role): \(response.json)")
            }
        }
    }
}
