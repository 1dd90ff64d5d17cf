import GraphQL
import Testing

/// Days since the epoch and proleptic Gregorian dates, both ways, for the `DateTime` scalar and
/// the access log's timestamps.
@Suite struct CivilDateTests {
    @Test(arguments: [
        (0, 1970, 1, 1), (-1, 1969, 12, 31), (59, 1970, 3, 1), (11_016, 2000, 2, 29), (11_017, 2000, 3, 1),
        (19_782, 2024, 2, 29), (-719_528, 0, 1, 1), (-719_469, 0, 2, 29), (2_932_896, 9999, 12, 31),
    ])
    func knownDays(days: Int, year: Int, month: Int, day: Int) {
        #expect(CivilDate.days(year: year, month: month, day: day) == days)
        #expect(CivilDate.date(daysSinceEpoch: days) == (year, month, day))
    }

    @Test func everyDayOfFourCenturiesRoundTripsAndFollowsTheDayBefore() {
        var previous = CivilDate.date(daysSinceEpoch: -146_098)
        for days in -146_097...146_097 {
            let date = CivilDate.date(daysSinceEpoch: days)
            #expect(CivilDate.days(year: date.year, month: date.month, day: date.day) == days)
            let nextDay = date.day == previous.day + 1 && date.month == previous.month && date.year == previous.year
            let nextMonth = date.day == 1 && (date.month == previous.month + 1 && date.year == previous.year || date.month == 1 && previous.month == 12 && date.year == previous.year + 1)
            if !(nextDay || nextMonth) {
                Issue.record("\(date) does not follow \(previous)")
                return
            }
            previous = date
        }
    }
}
