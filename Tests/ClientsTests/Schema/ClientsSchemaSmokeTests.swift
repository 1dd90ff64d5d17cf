import Clients
import Foundation
import GraphQL
import Storage
import Tenancy
import Testing

/// The slice builds into a schema with every field resolved, and a first list answers.
@Suite struct ClientsSchemaSmokeTests {
    @Test(arguments: ClientsBackend.all)
    func theSchemaBuildsAndListsTheCallersClients(_ backend: ClientsBackend) async throws {
        try await backend.withDatabase { database in
            let world = try await ClientsSchemaWorld.make(database)
            let response = await world.run("{ clients { data { id } } }", as: world.a.admin)
            #expect(response.errors.isEmpty, "\(response.errors)")
            let ids = response.data?["clients"]?["data"]?.listValue?.compactMap { $0["id"]?.stringValue }
            // Newest first: the portal client was created last.
            #expect(ids == [world.a.portal, world.a.resold, world.a.standalone].map(\.id.rawValue))
        }
    }
}
