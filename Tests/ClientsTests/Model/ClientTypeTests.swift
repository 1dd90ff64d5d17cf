import Clients
import Testing

@Suite struct ClientTypeTests {
    @Test func rawValuesAreTheGraphQLNames() {
        #expect(ClientType.allCases.map(\.rawValue) == ["INDIVIDUAL", "COMPANY"])
        #expect(ClientType(rawValue: "company") == nil)
    }

    @Test func defaultsToIndividual() {
        #expect(ClientType.default == .individual)
    }
}
