import Clients
import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// `client(id, refid)` and `event(id)`: one argument of two, and another tenant's record answers
/// exactly like one that never existed.
@Suite struct ClientLookupTests {
    @Test(arguments: ClientsBackend.all)
    func aClientIsFoundByIdOrRefidAndNeedsExactlyOne(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            let client = world.a.standalone
            let byID = await world.run("{ client(id: \"\(client.id)\") { refid name address { region } } }", as: world.a.admin)
            #expect(byID.data?["client"]?["refid"] == .string(client.refid.value))
            #expect(byID.data?["client"]?["address"]?["region"] == .string("Norte"))
            let byRefid = await world.run("{ client(refid: \"\(client.refid.value)\") { id } }", as: world.a.admin)
            #expect(byRefid.data?["client"]?["id"] == .string(client.id.rawValue))
            for (arguments, field) in [("", "id"), ("(id: \"\(client.id)\", refid: \"\(client.refid.value)\")", "refid")] {
                let response = await world.run("{ client\(arguments) { id } }", as: world.a.admin)
                #expect(response.errors.map(\.code) == [.badUserInput])
                #expect(response.errors.first?.extensions["field"] == .string(field))
            }
        }
    }

    /// B's client and event, an unknown id, a malformed id and an unknown refid: the same bytes.
    @Test(arguments: ClientsBackend.all)
    func anotherTenantsRecordsAnswerLikeUnknownOnes(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            let b = world.b
            let clientQuery = "query($id: ID, $refid: String) { client(id: $id, refid: $refid) { id name } }"
            let answers = [
                await world.json(clientQuery, as: world.a.admin, variables: ["id": .string(b.standalone.id.rawValue)]),
                await world.json(clientQuery, as: world.a.admin, variables: ["id": .string(ClientID.generate().rawValue)]),
                await world.json(clientQuery, as: world.a.admin, variables: ["id": .string("not-an-id")]),
                await world.json(clientQuery, as: world.a.admin, variables: ["refid": .string(b.standalone.refid.value)]),
                await world.json(clientQuery, as: world.a.admin, variables: ["refid": .string("CL-0000000000")]),
                await world.json(clientQuery, as: world.a.admin, variables: ["refid": .string("nonsense")]),
                await world.json(clientQuery, as: world.a.reseller, variables: ["id": .string(world.a.standalone.id.rawValue)]),
            ]
            #expect(Set(answers).count == 1, "\(answers)")
            #expect(answers.first == #"{"data":{"client":null}}"#)
            let eventQuery = "query($id: ID!) { event(id: $id) { id name } }"
            let events = [
                await world.json(eventQuery, as: world.a.admin, variables: ["id": .string(b.unlinkedEvent.id)]),
                await world.json(eventQuery, as: world.a.admin, variables: ["id": .string(UUIDv7.generate())]),
                await world.json(eventQuery, as: world.a.admin, variables: ["id": .string("x")]),
                await world.json(eventQuery, as: world.a.reseller, variables: ["id": .string(world.a.unlinkedEvent.id)]),
            ]
            #expect(Set(events).count == 1, "\(events)")
            #expect(events.first == #"{"data":{"event":null}}"#)
            // And what is in scope is found.
            let own = await world.run(eventQuery, as: world.a.admin, variables: ["id": .string(world.a.unlinkedEvent.id)])
            #expect(own.data?["event"]?["name"] == .string("Open house"))
        }
    }
}
