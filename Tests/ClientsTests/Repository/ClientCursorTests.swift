import Clients
import Storage
import Testing

@Suite struct ClientCursorTests {
    @Test func aCursorReadsBackInItsOwnOrderOnly() throws {
        let byName = ClientOrder(.name)
        let cursor = ClientCursor(order: byName, position: SearchCursor(values: [.text("Gómez|Ltda"), .integer(42)]))
        let text = cursor.encoded
        #expect(!text.contains("Gómez"))
        #expect(ClientCursor(decoding: text, for: byName) == cursor)
        #expect(ClientCursor(decoding: text, for: ClientOrder(.name, descending: true)) == nil)
        #expect(ClientCursor(decoding: text, for: ClientOrder(.createdAt)) == nil)
        let byValue = ClientOrder(.lifetimeValue, descending: true)
        let numeric = ClientCursor(order: byValue, position: SearchCursor(values: [.integer(-5), .integer(7)]))
        #expect(ClientCursor(decoding: numeric.encoded, for: byValue) == numeric)
    }

    @Test func garbageIsNoCursor() {
        #expect(ClientCursor(decoding: "", for: ClientOrder()) == nil)
        #expect(ClientCursor(decoding: "not base64 at all!", for: ClientOrder()) == nil)
        #expect(ClientCursor(decoding: "Y3JlYXRlZEF0fGF8MXxpOng", for: ClientOrder()) == nil)
    }
}
