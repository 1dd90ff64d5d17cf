package import GraphQL

/// The gateway's own slice of the schema: the root types and the shared scalars, from
/// `schema/gateway.graphql` as compiled into the binary.
package enum GatewaySchema {
    /// The SDL source, named after its file so that build errors point at it.
    package static var source: Source {
        Source(EmbeddedSchema.sdl, name: EmbeddedSchema.fileName)
    }
}
