import Clients
import Testing

@Suite struct EventStatusTests {
    @Test func rawValuesAreTheGraphQLNames() {
        #expect(EventStatus.allCases.map(\.rawValue) == ["PLANNED", "CONFIRMED", "COMPLETED", "CANCELLED"])
        #expect(EventStatus(rawValue: "CANCELED") == nil)
    }

    @Test func defaultsToPlanned() {
        #expect(EventStatus.default == .planned)
    }
}
