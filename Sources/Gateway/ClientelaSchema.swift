package import GraphQL
package import Clients
package import Tenancy

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
            TenancySchema.module(ports: tenancyPorts),
            ClientsSchema.module(ports: clientsPorts),
        ]
    }

    /// Tenancy's ports, answered by the Clients module (and, for resellers, by nobody yet: see
    /// ``ClientLoginBindings``).
    package static let tenancyPorts = TenancyPorts(clientAssignments: ClientAssignmentsAdapter(), loginBindings: ClientLoginBindings())

    /// Clients' ports as far as the modules behind them exist: no module counts records per
    /// client yet, none holds resellers (``NoResellers``), none keeps records to erase on a
    /// purge.
    package static let clientsPorts = ClientsPorts(resellers: NoResellers())

    /// Builds the composed schema.
    ///
    /// - Throws: ``SchemaBuildError`` listing every problem, which for the shipped SDL means a
    ///   defect in this build.
    package static func build() throws(SchemaBuildError) -> Schema {
        try SchemaBuilder().build(modules())
    }
}
