import GraphQL
import Storage
import Tenancy

extension ClientsSchema {
    /// Clients by id through the request's loader, in the caller's scope: `client(id)` and every
    /// `Event.client` of a request share it, so a client is read once per request.
    static func loadClients(_ ids: [ClientID], context: ResolveContext) async throws -> [ClientID: Client] {
        let access = try context.access()
        let loader = context.loaders.loader("clients.client", of: ClientID.self, Client.self)
        return try await loader.load(ids) { missing in
            try await access.database.read { try ClientRepository($0).clients(missing, in: access.scope) }
        }
    }
}
