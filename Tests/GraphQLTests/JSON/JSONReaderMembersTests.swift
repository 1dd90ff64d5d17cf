import GraphQL
import Testing

/// `JSONReader.parseMembers`: the envelope reader must agree with `parse` on everything but
/// the shape of its answer.
@Suite struct JSONReaderMembersTests {
    private func members(_ text: String) throws(JSONError) -> (isObject: Bool, members: [String]) {
        var seen: [String] = []
        let isObject = try JSONReader.parseMembers(Array(text.utf8)) { key, value in
            seen.append("\(key)=\(JSONWriter.text(of: value))")
        }
        return (isObject, seen)
    }

    private func failure(_ body: () throws(JSONError) -> Void) -> JSONError? {
        do throws(JSONError) {
            try body()
            return nil
        } catch {
            return error
        }
    }

    @Test func handsOverEveryMemberInOrderRepeatedKeysEachTime() throws {
        let read = try members(#" {"b": [1, {"x": null}], "a": "t\nu", "b": 2, "q\u0075ery": {}} "#)
        #expect(read.isObject)
        #expect(read.members == [#"b=[1,{"x":null}]"#, #"a="t\nu""#, "b=2", "query={}"])
        #expect(try members("{}") == (true, []))
    }

    @Test func aValueThatIsNoObjectIsReadWholeAndReported() throws {
        #expect(try members(#" ["query"] "#) == (false, []))
        #expect(try members("null") == (false, []))
        #expect(try members(#""{}""#) == (false, []))
    }

    /// The same message at the same offset as `parse`, wherever the JSON breaks: inside a
    /// member's value, after the object, or in a value that is no object.
    @Test(arguments: [
        #"{"query": "a", "extensions": {"x": tru}}"#,
        #"{"query": "a"} x"#,
        #"{"query": "a",}"#,
        #"{"query" "a"}"#,
        #"{"query": "a""#,
        "[1, 2,]",
        "",
        String(repeating: "[", count: 70) + String(repeating: "]", count: 70),
        "{" + String(repeating: #""a":{"#, count: 70) + "}",
    ])
    func failsExactlyAsParseDoes(text: String) {
        let expected = failure { () throws(JSONError) in _ = try JSONReader.parse(text) }
        let actual = failure { () throws(JSONError) in _ = try members(text) }
        #expect(expected != nil)
        #expect(actual == expected)
    }
}
