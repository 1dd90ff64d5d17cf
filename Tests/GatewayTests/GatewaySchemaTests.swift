import Foundation
import Gateway
import GraphQL
import Testing

@Suite struct GatewaySchemaTests {
    @Test func binaryCarriesTheSchemaFileItWasBuiltFrom() throws {
        let file = URL(filePath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appending(components: "schema", "gateway.graphql")
        let onDisk = try String(contentsOf: file, encoding: .utf8)
        #expect(GatewaySchema.source.text == onDisk)
        #expect(GatewaySchema.source.name == "schema/gateway.graphql")
    }
}
