import Clients
import GraphQL
import Testing

/// Every example of RFC 7396, Appendix A, plus ordering and nesting cases.
@Suite struct JSONMergePatchTests {
    static let appendixA: [(target: String, patch: String, result: String)] = [
        (#"{"a":"b"}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"b"}"#, #"{"b":"c"}"#, #"{"a":"b","b":"c"}"#),
        (#"{"a":"b"}"#, #"{"a":null}"#, #"{}"#),
        (#"{"a":"b","b":"c"}"#, #"{"a":null}"#, #"{"b":"c"}"#),
        (#"{"a":["b"]}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"c"}"#, #"{"a":["b"]}"#, #"{"a":["b"]}"#),
        (#"{"a":{"b":"c"}}"#, #"{"a":{"b":"d","c":null}}"#, #"{"a":{"b":"d"}}"#),
        (#"{"a":[{"b":"c"}]}"#, #"{"a":[1]}"#, #"{"a":[1]}"#),
        (#"["a","b"]"#, #"["c","d"]"#, #"["c","d"]"#),
        (#"{"a":"b"}"#, #"["c"]"#, #"["c"]"#),
        (#"{"a":"foo"}"#, #"null"#, #"null"#),
        (#"{"a":"foo"}"#, #""bar""#, #""bar""#),
        (#"{"e":null}"#, #"{"a":1}"#, #"{"e":null,"a":1}"#),
        (#"[1,2]"#, #"{"a":"b","c":null}"#, #"{"a":"b"}"#),
        (#"{}"#, #"{"a":{"bb":{"ccc":null}}}"#, #"{"a":{"bb":{}}}"#),
    ]

    @Test(arguments: appendixA)
    func rfc7396AppendixA(target: String, patch: String, result: String) throws {
        let merged = JSONMergePatch.apply(try JSONReader.parse(patch), to: try JSONReader.parse(target))
        #expect(merged == (try JSONReader.parse(result)))
        #expect(JSONWriter.text(of: merged) == result)
    }

    @Test func replacedKeysKeepTheirPlaceAndNewKeysFollowInPatchOrder() throws {
        let target = try JSONReader.parse(#"{"z":1,"y":2,"x":3}"#)
        let patch = try JSONReader.parse(#"{"b":1,"y":20,"a":2}"#)
        #expect(JSONWriter.text(of: JSONMergePatch.apply(patch, to: target)) == #"{"z":1,"y":20,"x":3,"b":1,"a":2}"#)
    }

    @Test func deepMergeTouchesOnlyWhatThePatchNames() throws {
        let target = try JSONReader.parse(#"{"wedding":{"venue":"Hacienda","guests":120,"menu":{"starter":"ceviche"}},"tier":"gold"}"#)
        let patch = try JSONReader.parse(#"{"wedding":{"guests":150,"menu":{"dessert":"flan"}},"tier":null}"#)
        #expect(JSONWriter.text(of: JSONMergePatch.apply(patch, to: target))
            == #"{"wedding":{"venue":"Hacienda","guests":150,"menu":{"starter":"ceviche","dessert":"flan"}}}"#)
    }

    @Test func removingAnAbsentKeyChangesNothing() throws {
        let target: Value = ["a": 1]
        #expect(JSONMergePatch.apply(["missing": nil], to: target) == target)
    }
}
