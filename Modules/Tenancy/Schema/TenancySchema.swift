package import GraphQL
import Storage

/// The Tenancy module's slice of the schema: `schema/tenancy.graphql` as compiled into the
/// binary, and the resolvers behind it.
///
/// Every resolver reads its caller, scope and database from the request's ``AccessContext``;
/// reads go through the scope, and each mutation is one transaction in which the target is read
/// in scope (absent → NOT_FOUND), the ``OperationPolicy`` decides (FORBIDDEN), and the change is
/// written.
package enum TenancySchema {
    /// The SDL source, named after its file so that build errors point at it.
    package static var source: Source {
        Source(EmbeddedSchema.sdl, name: EmbeddedSchema.fileName)
    }

    /// The module, with the ports the gateway wires in.
    package static func module(ports: TenancyPorts, sdl: Source = source) -> SchemaModule {
        var module = SchemaModule(name: "tenancy", sdl: [sdl])
        registerObjects(in: &module)
        registerOrganizations(in: &module)
        registerUsers(in: &module, ports: ports)
        registerTokens(in: &module)
        return module
    }

    /// Runs a mutation's work in one write transaction, turning the repositories' domain
    /// failures into the API's errors.
    static func write<T: Sendable>(
        _ access: AccessContext, _ work: @escaping @Sendable (any SQLConnection) throws -> T
    ) async throws -> T {
        do {
            return try await access.database.write(work)
        } catch let error as TenancyError {
            throw error.resolverError
        }
    }

    /// The input object argument of a mutation, which coercion guarantees is there.
    static func input(_ arguments: Arguments) -> InputObject {
        InputObject(arguments.object("input") ?? OrderedObject())
    }
}
