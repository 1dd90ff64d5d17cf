import Clients
import Testing

@Suite struct SegmentThresholdsTests {
    @Test func defaultsAreTwentyOneAndFive() {
        #expect(SegmentThresholds.default.premiumMinPurchases == 21)
        #expect(SegmentThresholds.default.regularMinPurchases == 5)
    }

    @Test func keepsValidThresholds() throws {
        let thresholds = try SegmentThresholds(premiumMinPurchases: 30, regularMinPurchases: 10)
        #expect(thresholds.premiumMinPurchases == 30)
        #expect(thresholds.regularMinPurchases == 10)
        #expect(try SegmentThresholds(premiumMinPurchases: 21, regularMinPurchases: 5) == .default)
    }

    @Test func refusesRegularAbovePremium() {
        #expect(throws: SegmentThresholdsError.self) { try SegmentThresholds(premiumMinPurchases: 4, regularMinPurchases: 5) }
        do {
            _ = try SegmentThresholds(premiumMinPurchases: 4, regularMinPurchases: 5)
        } catch {
            #expect(error.field == "regularMinPurchases")
            #expect(error.message.contains("must not exceed"))
        }
    }

    @Test func refusesNegativeThresholds() {
        do {
            _ = try SegmentThresholds(premiumMinPurchases: -1, regularMinPurchases: 0)
            Issue.record("a negative premium threshold was accepted")
        } catch {
            #expect(error.field == "premiumMinPurchases")
        }
        do {
            _ = try SegmentThresholds(premiumMinPurchases: 3, regularMinPurchases: -2)
            Issue.record("a negative regular threshold was accepted")
        } catch {
            #expect(error.field == "regularMinPurchases")
        }
    }
}
