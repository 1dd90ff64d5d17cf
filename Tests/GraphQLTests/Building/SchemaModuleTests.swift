import GraphQL
import Testing

@Suite struct SchemaModuleTests {
    private struct Client: Sendable {
        var name: String
    }

    @Test func namesItsSingleSourceAfterTheModule() {
        let module = SchemaModule(name: "clients", sdl: "type Query { a: Int }")
        #expect(module.sdl.map(\.name) == ["clients.graphql"])
        #expect(SchemaModule(name: "clients", sdl: "", sourceName: "schema/clients.graphql").sdl.map(\.name) == ["schema/clients.graphql"])
    }

    @Test func registersResolversByTypeAndField() {
        var module = SchemaModule(name: "clients")
        module.resolve("Query", "a", .sync { _, _, _ in .null })
        module.resolve("Query", ["b": .sync { _, _, _ in .null }, "c": .sync { _, _, _ in .null }])
        module.resolvers(for: "Client", on: Client.self) { client in
            client.field("name") { .string($0.name) }
            client.sync("upper") { client, _, _ in .string(client.name.uppercased()) }
            client.async("remote") { _, _, _ in .null }
            client.batch("many") { clients, _, _ in clients.map { _ in .null } }
            client.resolver("other", .sync { _, _, _ in .null })
        }
        #expect(module.resolvers["Query"]?.keys.sorted() == ["a", "b", "c"])
        #expect(module.resolvers["Client"]?.keys.sorted() == ["many", "name", "other", "remote", "upper"])
        #expect(module.repeatedRegistrations.isEmpty)
    }

    @Test func typedResolversKeepTheirShape() async throws {
        var module = SchemaModule(name: "clients")
        module.resolvers(for: "Client", on: Client.self) { client in
            client.field("name") { .string($0.name) }
            client.batch("shout") { clients, _, _ in clients.map { .string($0.name + "!") } }
        }
        let context = ResolveContext(request: UnrestrictedContext(), parentType: "Client", fieldName: "shout", loaders: LoaderRegistry())
        guard case .batch(let body)? = module.resolvers["Client"]?["shout"]?.body else {
            Issue.record("Client.shout should be a batch resolver")
            return
        }
        let values = try await body([Client(name: "a"), Client(name: "b")], .none, context)
        let leaves = values.map { value -> Value? in if case .leaf(let leaf) = value { leaf } else { nil } }
        #expect(leaves == [.string("a!"), .string("b!")])
        guard case .sync? = module.resolvers["Client"]?["name"]?.body else {
            Issue.record("Client.name should be a sync resolver")
            return
        }
    }

    @Test func remembersCoordinatesRegisteredTwice() {
        var module = SchemaModule(name: "clients")
        module.resolve("Query", "a", .sync { _, _, _ in .null })
        module.resolve("Query", "a", .sync { _, _, _ in .null })
        module.scalar("Date", ScalarType.string.coercion)
        module.scalar("Date", ScalarType.string.coercion)
        module.resolveType("Node") { _ in nil }
        module.resolveType("Node") { _ in nil }
        #expect(module.repeatedRegistrations == ["Query.a", "scalar Date", "type resolver Node"])
    }
}
