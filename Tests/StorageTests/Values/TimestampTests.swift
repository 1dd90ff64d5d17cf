import Foundation
import Storage
import Testing

@Suite struct TimestampTests {
    @Test func formatsWithFixedWidthInUTC() {
        let date = Date(timeIntervalSince1970: 1_700_000_000.123456)
        #expect(Timestamp.format(date) == "2023-11-14T22:13:20.123456Z")
        #expect(Timestamp.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000000Z")
    }

    @Test func parsesWhatItFormats() throws {
        let date = Date(timeIntervalSince1970: 1_234_567_890.5)
        let parsed = try #require(Timestamp.parse(Timestamp.format(date)))
        #expect(abs(parsed.timeIntervalSince1970 - date.timeIntervalSince1970) < 0.000_001)
    }

    @Test(arguments: [
        "2024-02-29 12:00:00+00",
        "2024-02-29T12:00:00Z",
        "2024-02-29 14:30:00+02:30",
        "2024-02-29 07:00:00-05",
        "2024-02-29 12:00:00.000+00",
        "2024-02-29 12:00:00",
    ])
    func readsPostgresTimestampForms(text: String) throws {
        let parsed = try #require(Timestamp.parse(text))
        #expect(Timestamp.format(parsed) == "2024-02-29T12:00:00.000000Z")
    }

    @Test(arguments: ["", "2024-13-01T00:00:00Z", "2024-01-01", "2024-01-01T00:00:00Zjunk", "yesterday"])
    func rejectsOtherText(text: String) {
        #expect(Timestamp.parse(text) == nil)
    }

    @Test func sortsAsTextInTimeOrder() {
        let dates = [0.5, 1_000_000_000, 99, 1_700_000_000.000001].map { Date(timeIntervalSince1970: $0) }
        #expect(dates.map(Timestamp.format).sorted() == dates.sorted().map(Timestamp.format))
    }
}
