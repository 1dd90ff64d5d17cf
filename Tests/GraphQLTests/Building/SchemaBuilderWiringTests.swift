import GraphQL
import Testing

/// Every way a module's Swift code can fail to fit its SDL, with the exact message.
@Suite struct SchemaBuilderWiringTests {
    private static let sdl = """
        type Query {
          client: Client
        }

        type Client {
          id: ID!
          name: String
        }

        interface Node { id: ID! }
        union Result = Client
        enum Status { ACTIVE }
        scalar DateTime
        """

    private static func module(_ edit: (inout SchemaModule) -> Void = { _ in }) throws -> SchemaModule {
        var module = try SchemaFixtures.stubbed("clients", sdl, sourceName: "schema/clients.graphql")
        edit(&module)
        return module
    }

    @Test func aFieldWithoutResolverIsReportedAtItsDefinition() throws {
        let module = try Self.module { $0.resolvers["Client"]?["name"] = nil }
        #expect(SchemaFixtures.problems([module]) == ["schema/clients.graphql:7:3: Field \"Client.name\" has no resolver."])
    }

    @Test func aResolverForAnUndefinedFieldNamesItsModule() throws {
        let module = try Self.module { $0.resolve("Client", "nme", .sync { _, _, _ in .null }) }
        #expect(SchemaFixtures.problems([module]) == [
            "schema/clients.graphql:5:6: Field \"Client.nme\" has a resolver (registered by module \"clients\") but no definition. Did you mean \"name\"?"
        ])
    }

    @Test func aResolverForAnUndefinedTypeNamesItsModule() throws {
        var other = SchemaModule(name: "other")
        other.resolve("Clients", "id", .sync { _, _, _ in .null })
        #expect(SchemaFixtures.problems([try Self.module(), other]) == [
            "Type \"Clients\" has resolvers (registered by module \"other\") but no definition. Did you mean \"Client\"?"
        ])
    }

    @Test func interfaceFieldsTakeNoResolver() throws {
        let module = try Self.module { $0.resolve("Node", "id", .sync { _, _, _ in .null }) }
        #expect(SchemaFixtures.problems([module]) == [
            "schema/clients.graphql:10:11: Field \"Node.id\" has a resolver (registered by module \"clients\"), but \"Node\" is an interface: interface fields take no resolver; register it on the object types that implement \"Node\"."
        ])
    }

    @Test func resolversForOtherKindsAndBuiltInsAreReported() throws {
        let module = try Self.module {
            $0.resolve("Status", "x", .sync { _, _, _ in .null })
            $0.resolve("__Type", "name", .sync { _, _, _ in .null })
        }
        #expect(SchemaFixtures.problems([module]) == [
            "schema/clients.graphql:12:6: Type \"Status\" has resolvers (registered by module \"clients\"), but it is an enum, not an object type.",
            "Type \"__Type\" has resolvers (registered by module \"clients\"), but it is a built-in type, which comes with its own.",
        ])
    }

    @Test func twoModulesResolvingOneFieldIsReported() throws {
        var other = SchemaModule(name: "other")
        other.resolve("Client", "name", .sync { _, _, _ in .null })
        #expect(SchemaFixtures.problems([try Self.module(), other]) == [
            "schema/clients.graphql:7:3: Field \"Client.name\" has resolvers from several modules: \"clients\" and \"other\"."
        ])
    }

    @Test func aCustomScalarNeedsACoercion() throws {
        let module = try Self.module { $0.scalars["DateTime"] = nil }
        #expect(SchemaFixtures.problems([module]) == [
            "schema/clients.graphql:13:8: Scalar \"DateTime\" has no coercion: a module must register a ScalarCoercion for it."
        ])
    }

    @Test func coercionsAndTypeResolversMustFitTheirType() throws {
        let module = try Self.module {
            $0.scalar("Date", ScalarType.string.coercion)
            $0.scalar("Int", ScalarType.int.coercion)
            $0.scalar("Status", ScalarType.string.coercion)
            $0.resolveType("Client") { _ in nil }
            $0.resolveType("Nod") { _ in nil }
        }
        #expect(SchemaFixtures.problems([module]) == [
            "Type \"Date\" has a scalar coercion (registered by module \"clients\") but no definition.",
            "Type \"Int\" has a scalar coercion (registered by module \"clients\"), but it is a built-in type, which comes with its own.",
            "schema/clients.graphql:12:6: Type \"Status\" has a scalar coercion (registered by module \"clients\"), but it is an enum, not a scalar.",
            "schema/clients.graphql:5:6: Type \"Client\" has a type resolver (registered by module \"clients\"), but it is an object type, not an interface or union.",
            "Type \"Nod\" has a type resolver (registered by module \"clients\") but no definition. Did you mean \"Node\"?",
        ])
    }

    @Test func twoModulesResolvingOneAbstractTypeIsReported() throws {
        let module = try Self.module { $0.resolveType("Result") { _ in "Client" } }
        var other = SchemaModule(name: "other")
        other.resolveType("Result") { _ in "Client" }
        #expect(SchemaFixtures.problems([module, other]) == [
            "schema/clients.graphql:11:7: Type \"Result\" has type resolvers from several modules: \"clients\" and \"other\"."
        ])
    }

    @Test func registeringACoordinateTwiceInOneModuleIsReported() throws {
        let module = try Self.module { module in
            module.resolve("Client", "id", .sync { _, _, _ in .null })
            module.resolvers(for: "Client", on: Int.self) { client in
                client.field("name") { _ in .null }
                client.field("name") { _ in .null }
            }
        }
        #expect(SchemaFixtures.problems([module]) == [
            "Module \"clients\" registers Client.id more than once: the later registration would replace the earlier.",
            "Module \"clients\" registers Client.name more than once: the later registration would replace the earlier.",
            "Module \"clients\" registers Client.name more than once: the later registration would replace the earlier.",
        ])
    }

    @Test func everyProblemIsReportedInOneBuild() throws {
        let module = try Self.module {
            $0.resolvers["Client"]?["id"] = nil
            $0.scalars["DateTime"] = nil
        }
        let broken = SchemaModule(name: "broken", sdl: "extend type Query { more: Strin }", sourceName: "schema/broken.graphql")
        #expect(SchemaFixtures.problems([module, broken]) == [
            "schema/broken.graphql:1:27: Unknown type \"Strin\". Did you mean \"String\"?",
            "schema/broken.graphql:1:21: Field \"Query.more\" has no resolver.",
            "schema/clients.graphql:6:3: Field \"Client.id\" has no resolver.",
            "schema/clients.graphql:13:8: Scalar \"DateTime\" has no coercion: a module must register a ScalarCoercion for it.",
        ])
    }
}
