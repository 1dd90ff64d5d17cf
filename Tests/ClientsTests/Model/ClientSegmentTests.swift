import Clients
import Testing

@Suite struct ClientSegmentTests {
    @Test func rawValuesAreTheGraphQLNames() {
        #expect(ClientSegment.allCases.map(\.rawValue) == ["PREMIUM", "REGULAR", "OCCASIONAL"])
    }

    @Test(arguments: [
        (0, ClientSegment.occasional), (4, .occasional), (5, .regular), (20, .regular), (21, .premium), (500, .premium),
    ])
    func defaultThresholdsFollowTheDomain(purchases: Int, segment: ClientSegment) {
        #expect(ClientSegment.for(completedPurchases: purchases) == segment)
        #expect(ClientSegment.for(completedPurchases: purchases, thresholds: .default) == segment)
    }

    @Test(arguments: [
        (0, ClientSegment.occasional), (1, .occasional), (2, .regular), (9, .regular), (10, .premium),
    ])
    func organizationThresholdsDecide(purchases: Int, segment: ClientSegment) throws {
        let thresholds = try SegmentThresholds(premiumMinPurchases: 10, regularMinPurchases: 2)
        #expect(ClientSegment.for(completedPurchases: purchases, thresholds: thresholds) == segment)
    }

    @Test func equalThresholdsLeaveNoRegularClient() throws {
        let thresholds = try SegmentThresholds(premiumMinPurchases: 3, regularMinPurchases: 3)
        #expect((0...6).map { ClientSegment.for(completedPurchases: $0, thresholds: thresholds) }
            == [.occasional, .occasional, .occasional, .premium, .premium, .premium, .premium])
    }

    @Test func zeroThresholdsMakeEveryClientPremium() throws {
        let thresholds = try SegmentThresholds(premiumMinPurchases: 0, regularMinPurchases: 0)
        #expect(ClientSegment.for(completedPurchases: 0, thresholds: thresholds) == .premium)
    }
}
