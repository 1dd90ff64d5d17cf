import ClientelaCommand
import Gateway
import GraphQL
import Testing

@Suite struct SchemaPrintCommandTests {
    @Test func printsTheServedSchema() async throws {
        let result = await runCommand(["schema", "print"])
        #expect(result.status == .success)
        #expect(result.error.isEmpty)
        let expected = SchemaPrinter.print(try ClientelaSchema.build())
        #expect(result.output.trimmingSuffixNewlines() == expected.trimmingSuffixNewlines())
        #expect(result.output.hasSuffix("\n"))
        // What it prints is SDL that builds the same schema again.
        let rebuilt = try SchemaBuilder().build([SchemaModule(name: "printed", sdl: [Source(result.output, name: "printed.graphql")])].withScalars())
        #expect(SchemaPrinter.print(rebuilt) == expected)
    }
}

extension String {
    fileprivate func trimmingSuffixNewlines() -> Substring {
        var text = Substring(self)
        while text.hasSuffix("\n") { text = text.dropLast() }
        return text
    }
}

extension [SchemaModule] {
    /// The modules with the gateway's scalar coercions, which printed SDL cannot carry.
    fileprivate func withScalars() -> [SchemaModule] {
        map { module in
            var module = module
            module.scalar("DateTime", .dateTime)
            module.scalar("JSON", .json)
            module.scalar("Money", .money)
            // Every served module's resolvers (the gateway's and Tenancy's), since the printed SDL
            // is all modules in one.
            for served in ClientelaSchema.modules() {
                for (type, fields) in served.resolvers {
                    module.resolve(type, fields)
                }
            }
            return module
        }
    }
}
