import Tenancy
import Clients
import Testing

@Suite struct ClientStatusTests {
    @Test func rawValuesAreTheGraphQLNames() {
        #expect(ClientStatus.allCases.map(\.rawValue) == ["PROSPECT", "PENDING", "ACTIVE", "SUSPENDED", "COMPLETED", "INACTIVE"])
        #expect(ClientStatus(rawValue: "active") == nil)
    }

    @Test func defaultsToProspect() {
        #expect(ClientStatus.default == .prospect)
    }
}
