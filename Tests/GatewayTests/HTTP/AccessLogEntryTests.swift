import Testing

@testable import Gateway

@Suite struct AccessLogEntryTests {
    @Test(arguments: [
        (Duration.milliseconds(1) + .microseconds(500), "1.5"),
        (.milliseconds(2), "2"),
        (.microseconds(42), "0.042"),
        (.zero, "0"),
        (.nanoseconds(1_234_567_800), "1234.568"),
        (.nanoseconds(499), "0"),
        (.seconds(90), "90000"),
    ])
    func durationsArePrintedAsTheShortestMillisecondDecimal(duration: Duration, text: String) {
        #expect(String(decoding: AccessLogEntry.millisecondsText(duration), as: UTF8.self) == text)
    }
}
