import Foundation
import Gateway
import GraphQL
import Testing

@Suite struct GatewaySchemaTests {
    /// The `schema/` folder of this checkout, found from this file's path (tests only: the
    /// binary itself never reads it).
    static let schemaDirectory = URL(filePath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appending(component: "schema")

    @Test func binaryCarriesTheSchemaFileItWasBuiltFrom() throws {
        let onDisk = try String(contentsOf: Self.schemaDirectory.appending(component: "gateway.graphql"), encoding: .utf8)
        #expect(GatewaySchema.source.text == onDisk)
        #expect(GatewaySchema.source.name == "schema/gateway.graphql")
    }

    @Test func servedSchemaIsTheSchemaOfTheFilesInSchemaFolder() throws {
        let served = try ClientelaSchema.build()
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.schemaDirectory.path())
            .filter { $0.hasSuffix(".graphql") }
            .sorted()
        #expect(!files.isEmpty)
        // Every file in schema/ is part of the served schema: the served SDL, printed, must
        // contain every type each file defines, and the files alone must build the same schema.
        let sources = try files.map { name in
            Source(try String(contentsOf: Self.schemaDirectory.appending(component: name), encoding: .utf8), name: "schema/\(name)")
        }
        var modules = ClientelaSchema.modules()
        let embedded = modules.flatMap(\.sdl).map(\.text).sorted()
        #expect(embedded == sources.map(\.text).sorted(), "schema/ holds a file no module embeds, or a module embeds a stale copy")
        for index in modules.indices {
            modules[index].sdl = modules[index].sdl.map { embeddedSource in
                sources.first { $0.name == embeddedSource.name } ?? embeddedSource
            }
        }
        let fromFiles = try SchemaBuilder().build(modules)
        #expect(SchemaPrinter.print(served) == SchemaPrinter.print(fromFiles))
    }

    @Test func answersServerVersion() async throws {
        // No deadline: a loaded two-core test run may keep a request waiting for seconds.
        let engine = Engine(schema: try ClientelaSchema.build(), limits: ExecutionLimits(deadline: nil))
        let response = await engine.execute(GraphQLRequest(query: "{ serverVersion }"), context: UnrestrictedContext())
        #expect(response.errors.isEmpty)
        #expect(response.data == ["serverVersion": .string(ClientelaVersion.current)])
    }
}
