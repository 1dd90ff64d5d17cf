import Clients
package import GraphQL
import Tenancy

/// The composed schema that Clientela serves: the gateway's slice plus every business module's.
///
/// Each slice's SDL is compiled into the binary from `schema/` (see the EmbedSchemaPlugin), so
/// the served schema never depends on the working directory, and `GatewayTests` prove it is the
/// schema the files in `schema/` describe.
package enum ClientelaSchema {
    /// The modules in composition order: the gateway first, since it defines the root types the
    /// others extend; Tenancy next, since it adds the Mutation root and the `@allow` directive
    /// every other module uses.
    package static func modules() -> [SchemaModule] {
        [
            GatewaySchema.module(),
            TenancySchema.module(ports: TenancyPorts(clientAssignments: UnassignedClients(), loginBindings: NoLoginBindings())),
            ClientsSchema.module(ports: ClientsPorts(resellers: NoResellers())),
        ]
    }

    /// Builds the composed schema.
    ///
    /// - Throws: ``SchemaBuildError`` listing every problem, which for the shipped SDL means a
    ///   defect in this build.
    package static func build() throws(SchemaBuildError) -> Schema {
        try SchemaBuilder().build(modules())
    }
}
