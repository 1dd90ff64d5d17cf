package import GraphQL
import Storage

/// The Clients module's slice of the schema: `schema/clients.graphql` as compiled into the
/// binary, and the resolvers behind it.
///
/// Reads go through the caller's scope from the request's `AccessContext`; relations are batch
/// resolvers over per-request loaders, so a page of clients costs a fixed number of statements
/// whatever its size. Each mutation is one transaction.
package enum ClientsSchema {
    /// The SDL source, named after its file so that build errors point at it.
    package static var source: Source {
        Source(EmbeddedSchema.sdl, name: EmbeddedSchema.fileName)
    }

    /// The module, with the ports the gateway wires in.
    package static func module(ports: ClientsPorts, sdl: Source = source) -> SchemaModule {
        var module = SchemaModule(name: "clients", sdl: [sdl])
        registerObjects(in: &module, ports: ports)
        registerClientQueries(in: &module)
        registerEventQueries(in: &module)
        registerClientMutations(in: &module, ports: ports)
        registerEventMutations(in: &module)
        return module
    }
}
