import Clients
import Gateway
import Storage
import Tenancy
import Testing

/// Until the Resellers module lands, no reseller accepts clients.
@Suite struct NoResellersTests {
    @Test func noResellerAcceptsClients() async throws {
        let database = try await SQLiteDatabase(.memory)
        let accepts = try await database.read { connection in
            try ClientelaSchema.clientsPorts.resellers.acceptsClients(.generate(), in: .generate(), on: connection)
        }
        #expect(accepts == false)
        await database.close()
    }
}
