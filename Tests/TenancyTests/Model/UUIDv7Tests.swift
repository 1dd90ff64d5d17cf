import Foundation
import Tenancy
import Testing

@Suite struct UUIDv7Tests {
    @Test func carriesVersionSevenTheVariantAndTheMillisecond() throws {
        let date = Date(timeIntervalSince1970: 1_764_547_200.123)
        let text = UUIDv7.generate(at: date)
        let characters = Array(text)
        #expect(characters.count == 36)
        #expect(characters[14] == "7")
        #expect("89ab".contains(characters[19]))
        #expect(UUIDv7.milliseconds(of: text) == 1_764_547_200_123)
        #expect(UUIDv7.canonical(text) == text)
        #expect(UUID(uuidString: text) != nil)
    }

    @Test func idsOfLaterMillisecondsSortLater() {
        let earlier = UUIDv7.generate(at: Date(timeIntervalSince1970: 1_700_000_000))
        let later = UUIDv7.generate(at: Date(timeIntervalSince1970: 1_700_000_000.002))
        #expect(earlier < later)
    }

    @Test func idsOfOneMillisecondSortInTheOrderTheyWereMade() {
        let date = Date(timeIntervalSince1970: 1_700_000_123.456)
        let ids = (0..<1_000).map { _ in UUIDv7.generate(at: date) }
        #expect(ids == ids.sorted())
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { UUIDv7.milliseconds(of: $0) == 1_700_000_123_456 })
    }

    @Test func idsAreNotRepeated() {
        let ids = (0..<2_000).map { _ in UUIDv7.generate() }
        #expect(Set(ids).count == ids.count)
    }

    @Test func readsAnyCaseAndRefusesWhatIsNoUUID() {
        #expect(UUIDv7.canonical("0193A5B2-7C3D-7E4F-8A1B-2C3D4E5F6A7B") == "0193a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7b")
        for junk in ["", "not-an-id", "0193a5b27c3d7e4f8a1b2c3d4e5f6a7b", "0193a5b2-7c3d-7e4f-8a1b-2c3d4e5f6a7g", "0193a5b2-7c3d-7e4f-8a1b_2c3d4e5f6a7b"] {
            #expect(UUIDv7.canonical(junk) == nil, "\(junk)")
            #expect(UserID(parsing: junk) == nil)
        }
    }
}
