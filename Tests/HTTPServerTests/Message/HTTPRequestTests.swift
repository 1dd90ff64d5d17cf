import Testing

@testable import HTTPServer

@Suite struct HTTPRequestTests {
    @Test func pathAndQuerySplitAtTheFirstQuestionMark() {
        let request = HTTPRequest(method: "GET", target: "/graphql?query=%7Ba%7D&x=1?2")
        #expect(request.path == "/graphql")
        #expect(request.rawQuery == "query=%7Ba%7D&x=1?2")
        #expect(HTTPRequest(method: "GET", target: "/healthz").rawQuery == nil)
    }

    @Test func queryItemsDecodePlusAndPercentAsUTF8() throws {
        let request = HTTPRequest(method: "GET", target: "/graphql?query=%7B+viewer+%7D&name=Jos%C3%A9&empty=&flag")
        let items = try #require(request.queryItems)
        #expect(items.map(\.name) == ["query", "name", "empty", "flag"])
        #expect(items.map(\.value) == ["{ viewer }", "José", "", ""])
    }

    @Test(arguments: ["/q?a=%", "/q?a=%4", "/q?a=%zz", "/q?a=%C3"])
    func malformedPercentEncodingIsRefused(target: String) {
        #expect(HTTPRequest(method: "GET", target: target).queryItems == nil)
    }
}

@Suite struct HTTPHeadersTests {
    @Test func namesCompareWithoutCaseAndRepeatedFieldsKeepEveryValue() {
        var headers: HTTPHeaders = ["Content-Type": "application/json", "Accept": "a", "accept": "b"]
        #expect(headers["content-type"] == "application/json")
        #expect(headers.values("ACCEPT") == ["a", "b"])
        headers.replace("ACCEPT", "c")
        #expect(headers.values("accept") == ["c"])
        headers.remove("Content-Type")
        #expect(!headers.contains("content-type"))
        #expect(headers.count == 1)
    }

    @Test func replaceSetsTheFirstOccurrenceInPlaceDropsTheOthersAndAppendsANewName() {
        var headers: HTTPHeaders = ["A": "1", "B": "2", "a": "3", "C": "4"]
        headers.replace("a", "9")
        #expect(headers.map { "\($0.name)=\($0.value)" } == ["a=9", "B=2", "C=4"])
        headers.replace("D", "5")
        #expect(headers.map { "\($0.name)=\($0.value)" } == ["a=9", "B=2", "C=4", "D=5"])
    }

    @Test func namesThatDifferOutsideLettersAreDifferent() {
        let headers: HTTPHeaders = ["X-A": "1"]
        #expect(headers["x-a"] == "1")
        #expect(headers["X\u{0D}A"] == nil)
        #expect(headers["x_a"] == nil)
    }
}
