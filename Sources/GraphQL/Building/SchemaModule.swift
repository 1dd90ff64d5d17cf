/// One business module's slice of the schema: its SDL and the Swift code behind it.
///
/// The gateway composes the modules with ``SchemaBuilder``. A module may extend types that another
/// module defines (`extend type Query { … }`) and register resolvers for the fields it adds; it
/// never needs to see the other module's code, only the names in the composed SDL.
///
/// A module file registers its resolvers with the builder-style methods of
/// `SchemaModule+Registration.swift`:
///
/// ```swift
/// var module = SchemaModule(name: "clients", sdl: [Source(text, name: "schema/clients.graphql")])
/// module.resolvers(for: "Client", on: Client.self) { client in
///     client.field("id") { .string($0.id.description) }
///     client.field("name") { .string($0.name) }
///     client.batch("assignedTo") { clients, _, context in try await users(of: clients, context) }
/// }
/// module.resolve("Query", "client", .async { _, arguments, context in … })
/// module.scalar("DateTime", .dateTime)
/// ```
package struct SchemaModule: Sendable {
    /// The module's name, used in messages about its registrations (`clients`).
    package var name: String
    /// The module's SDL files, each named for messages (`schema/clients.graphql`).
    package var sdl: [Source]
    /// Type name → field name → resolver.
    package var resolvers: [String: [String: FieldResolver]]
    /// Scalar name → coercion, for the custom scalars the SDL declares.
    package var scalars: [String: ScalarCoercion]
    /// Interface or union name → the resolver that names the object type of a value.
    package var typeResolvers: [String: TypeResolver]
    /// Coordinates registered more than once through the registration methods (`Type.field`,
    /// `scalar Name`, `type resolver Name`): a wiring mistake the builder reports, because the
    /// later registration would silently replace the earlier one.
    package internal(set) var repeatedRegistrations: [String] = []

    package init(
        name: String,
        sdl: [Source] = [],
        resolvers: [String: [String: FieldResolver]] = [:],
        scalars: [String: ScalarCoercion] = [:],
        typeResolvers: [String: TypeResolver] = [:]
    ) {
        self.name = name
        self.sdl = sdl
        self.resolvers = resolvers
        self.scalars = scalars
        self.typeResolvers = typeResolvers
    }

    /// A module with one SDL text, named `sourceName` in messages (by default `<name>.graphql`).
    package init(name: String, sdl text: String, sourceName: String? = nil) {
        self.init(name: name, sdl: [Source(text, name: sourceName ?? "\(name).graphql")])
    }
}
