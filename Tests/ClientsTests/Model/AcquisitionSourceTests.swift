import Clients
import Testing

@Suite struct AcquisitionSourceTests {
    @Test func rawValuesAreTheGraphQLNames() {
        #expect(AcquisitionSource.allCases.map(\.rawValue) == ["SOCIAL_MEDIA", "REFERRAL", "GOOGLE", "WEBSITE", "DIRECT", "OTHER"])
        #expect(AcquisitionSource(rawValue: "SOCIAL MEDIA") == nil)
    }
}
