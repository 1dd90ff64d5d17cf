package import GraphQL

/// The gateway's own slice of the schema: the root types and the scalars every module shares,
/// from `schema/gateway.graphql` as compiled into the binary.
package enum GatewaySchema {
    /// The SDL source, named after its file so that build errors point at it.
    package static var source: Source {
        Source(EmbeddedSchema.sdl, name: EmbeddedSchema.fileName)
    }

    /// The gateway's module: the SDL above, the shared scalars' coercions and the root fields
    /// that belong to no business module.
    package static func module(sdl: Source = source) -> SchemaModule {
        var module = SchemaModule(name: "gateway", sdl: [sdl])
        module.scalar("DateTime", .dateTime)
        module.scalar("JSON", .json)
        module.scalar("Money", .money)
        module.resolve("Query", "serverVersion", .sync { _, _, _ in .string(ClientelaVersion.current) })
        return module
    }
}
