import Clients
import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// `createEvent`, `updateEvent`, `linkEvent`, `unlinkEvent` through the schema.
@Suite struct EventMutationTests {
    static let create = """
        mutation($input: CreateEventInput!) {
          createEvent(input: $input) { id name startsAt endsAt status client { id } organization { id } }
        }
        """
    static let update = "mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { name startsAt endsAt status } }"
    static let link = "mutation($e: ID!, $c: ID!) { linkEvent(eventId: $e, clientId: $c) { id client { id } } }"
    static let unlink = "mutation($e: ID!) { unlinkEvent(eventId: $e) { id client { id } } }"

    static func input(_ pairs: [(String, Value)]) -> [String: Value] { ["input": .object(OrderedObject(pairs))] }

    @Test(arguments: ClientsBackend.all)
    func anEventIsCreatedLinkedOrNot(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let linked = await world.run(Self.create, as: world.a.admin, variables: Self.input([
                ("name", " Boda Gómez "), ("startsAt", "2026-05-01T18:00:00Z"), ("endsAt", "2026-05-02T02:00:00Z"),
                ("status", "CONFIRMED"), ("clientId", .string(world.a.standalone.id.rawValue)),
            ]))
            #expect(linked.errors.isEmpty, "\(linked.json)")
            #expect(linked.value("createEvent", "name") == "Boda Gómez")
            #expect(linked.value("createEvent", "status") == "CONFIRMED")
            #expect(linked.value("createEvent", "client", "id") == .string(world.a.standalone.id.rawValue))
            #expect(linked.value("createEvent", "organization", "id") == .string(world.a.organization.id.rawValue))
            let unlinked = await world.run(Self.create, as: world.a.owner, variables: Self.input([("name", "Feria")]))
            #expect(unlinked.value("createEvent", "status") == "PLANNED")
            #expect(unlinked.value("createEvent", "client") == .null)
            let staff = await world.run(Self.create, as: world.platformAdmin, variables: Self.input([
                ("name", "Expo"), ("organizationId", .string(world.b.organization.id.rawValue)),
            ]))
            #expect(staff.value("createEvent", "organization", "id") == .string(world.b.organization.id.rawValue))
        }
    }

    @Test(arguments: ClientsBackend.all)
    func refusalsNameTheirFieldAndWriteNothing(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let before = try await world.footprint()
            let cases: [([(String, Value)], String, String?)] = [
                ([("name", "  ")], "BAD_USER_INPUT", "name"),
                ([("name", "Late"), ("startsAt", "2026-05-02T00:00:00Z"), ("endsAt", "2026-05-01T00:00:00Z")], "BAD_USER_INPUT", "endsAt"),
                ([("name", "Other"), ("clientId", .string(world.b.standalone.id.rawValue))], "BAD_USER_INPUT", "clientId"),
                ([("name", "Nobody"), ("clientId", "nobody")], "BAD_USER_INPUT", "clientId"),
                ([("name", "Elsewhere"), ("organizationId", .string(world.b.organization.id.rawValue))], "NOT_FOUND", nil),
            ]
            for (pairs, code, field) in cases {
                let response = await world.run(Self.create, as: world.a.admin, variables: Self.input(pairs))
                #expect(response.errorCode == code, "\(response.json)")
                #expect(response.errorField == field, "\(response.json)")
            }
            let member = await world.run(Self.create, as: world.a.member, variables: Self.input([("name", "Member's")]))
            #expect(member.errorCode == "FORBIDDEN")
            let portal = await world.run(Self.create, as: world.a.client, variables: Self.input([("name", "Mine")]))
            #expect(portal.errorCode == "FORBIDDEN")
            let resellerUnlinked = await world.run(Self.create, as: world.a.reseller, variables: Self.input([("name", "Loose")]))
            #expect(resellerUnlinked.errorField == "clientId")
            let resellerOnStaffClient = await world.run(Self.create, as: world.a.reseller, variables: Self.input([
                ("name", "Not mine"), ("clientId", .string(world.a.standalone.id.rawValue)),
            ]))
            #expect(resellerOnStaffClient.errorField == "clientId")
            #expect(try await world.footprint() == before)
            let resellerOwn = await world.run(Self.create, as: world.a.reseller, variables: Self.input([
                ("name", "Mine"), ("clientId", .string(world.a.resold.id.rawValue)),
            ]))
            #expect(resellerOwn.value("createEvent", "client", "id") == .string(world.a.resold.id.rawValue))
        }
    }

    @Test(arguments: ClientsBackend.all)
    func anUpdateChangesOnlyWhatItNamesAndKeepsThePeriodInOrder(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let event = world.a.unlinkedEvent
            let response = await world.run(Self.update, as: world.a.admin, variables: [
                "id": .string(event.id), "input": ["startsAt": "2026-06-01T10:00:00Z", "status": "CONFIRMED"],
            ])
            #expect(response.errors.isEmpty, "\(response.json)")
            #expect(response.value("updateEvent", "name") == .string(event.name))
            #expect(response.value("updateEvent", "startsAt") == .string(Timestamp.format(Date(timeIntervalSince1970: 1_780_308_000))))
            #expect(response.value("updateEvent", "status") == "CONFIRMED")
            let backwards = await world.run(Self.update, as: world.a.admin, variables: [
                "id": .string(event.id), "input": ["endsAt": "2026-05-01T00:00:00Z"],
            ])
            #expect(backwards.errorField == "endsAt")
            let member = await world.run(Self.update, as: world.a.member, variables: ["id": .string(event.id), "input": ["name": "x"]])
            #expect(member.errorCode == "FORBIDDEN")
            let other = await world.run(Self.update, as: world.a.admin, variables: ["id": .string(world.b.unlinkedEvent.id), "input": ["name": "x"]])
            let never = await world.run(Self.update, as: world.a.admin, variables: ["id": .string(UUIDv7.generate()), "input": ["name": "x"]])
            #expect(other.errorCode == "NOT_FOUND")
            #expect(other.json == never.json)
            let stored = try await world.database.read { try EventRepository($0).event(event.id, in: .unrestricted) }
            #expect(stored?.endsAt == nil)
            #expect(stored?.name == event.name)
        }
    }

    @Test(arguments: ClientsBackend.all)
    func linkingReachesOnlyLiveClientsInScopeAndUnlinkingIsHarmless(_ backend: ClientsBackend) async throws {
        try await backend.withMutationWorld { world in
            let event = world.a.unlinkedEvent
            let linked = await world.run(Self.link, as: world.a.admin, variables: ["e": .string(event.id), "c": .string(world.a.portal.id.rawValue)])
            #expect(linked.value("linkEvent", "client", "id") == .string(world.a.portal.id.rawValue), "\(linked.json)")
            let relinked = await world.run(Self.link, as: world.a.admin, variables: ["e": .string(event.id), "c": .string(world.a.resold.id.rawValue)])
            #expect(relinked.value("linkEvent", "client", "id") == .string(world.a.resold.id.rawValue))
            let otherClient = await world.run(Self.link, as: world.a.admin, variables: ["e": .string(event.id), "c": .string(world.b.portal.id.rawValue)])
            let neverClient = await world.run(Self.link, as: world.a.admin, variables: ["e": .string(event.id), "c": .string(ClientID.generate().rawValue)])
            #expect(otherClient.errorCode == "NOT_FOUND")
            #expect(otherClient.json == neverClient.json)
            let resellerToStaffClient = await world.run(Self.link, as: world.a.reseller, variables: [
                "e": .string(event.id), "c": .string(world.a.standalone.id.rawValue),
            ])
            #expect(resellerToStaffClient.json == neverClient.json)
            let member = await world.run(Self.unlink, as: world.a.member, variables: ["e": .string(event.id)])
            #expect(member.errorCode == "FORBIDDEN")
            let counted1 = try await world.count("SELECT count(*) FROM events WHERE client_id = \(world.a.resold.id)")
            #expect(counted1 == 2)

            let unlinked = await world.run(Self.unlink, as: world.a.reseller, variables: ["e": .string(event.id)])
            #expect(unlinked.errors.isEmpty, "\(unlinked.json)")
            #expect(unlinked.value("unlinkEvent", "client") == .null)
            let afterwards = await world.run(Self.unlink, as: world.a.reseller, variables: ["e": .string(event.id)])
            #expect(afterwards.errorCode == "NOT_FOUND", "an unlinked event is the staff's, out of the reseller's sight")
            let twice = await world.run(Self.unlink, as: world.a.admin, variables: ["e": .string(event.id)])
            #expect(twice.errors.isEmpty)
            #expect(twice.value("unlinkEvent", "client") == .null)

            _ = await world.run("mutation($id: ID!) { deleteClient(id: $id) { id } }", as: world.superAdmin, variables: [
                "id": .string(world.a.portal.id.rawValue),
            ])
            let toDeleted = await world.run(Self.link, as: world.a.admin, variables: ["e": .string(event.id), "c": .string(world.a.portal.id.rawValue)])
            #expect(toDeleted.json == neverClient.json)
        }
    }
}
