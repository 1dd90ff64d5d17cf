import HTTPServer
import Testing

@testable import Gateway

@Suite struct HeaderValueMemoTests {
    @Test func aRememberedAnswerIsNotComputedAgain() {
        let memo = HeaderValueMemo<Int>(capacity: 2)
        var calls = 0
        for _ in 0..<3 { #expect(memo.answer(for: "a") { calls += 1; return $0.count } == 1) }
        #expect(calls == 1)
    }

    @Test func beyondItsCapacityValuesAreComputedEachTime() {
        let memo = HeaderValueMemo<Int>(capacity: 1)
        var calls = 0
        _ = memo.answer(for: "kept") { _ in calls += 1; return 0 }
        for _ in 0..<3 { _ = memo.answer(for: "other") { _ in calls += 1; return 0 } }
        _ = memo.answer(for: "kept") { _ in calls += 1; return 0 }
        #expect(calls == 4)
    }

    /// The memo joins several `Accept` fields into one list before negotiating: the answer must
    /// be the one the fields give read separately.
    @Test(arguments: [
        [], [""], ["application/json"], ["application/json", "application/graphql-response+json;q=0.5"],
        ["text/html", "*/*;q=0.1"], ["application/json;q=0", "application/graphql-response+json;q=0"],
        ["application/graphql-response+json; charset=latin1", "application/json"],
    ])
    func rememberingNegotiatesLikeReadingEachField(fields: [String]) {
        let headers = HTTPHeaders(fields.map { ("Accept", $0) } + [("Content-Type", "application/json")])
        let combined = headers.combinedValue("accept")
        #expect(combined == (fields.isEmpty ? nil : fields.joined(separator: ",")))
        #expect(ResponseMediaType.negotiate(remembering: combined) == ResponseMediaType.negotiate(accept: fields))
        #expect(ResponseMediaType.negotiate(remembering: combined) == ResponseMediaType.negotiate(accept: fields))
    }
}
