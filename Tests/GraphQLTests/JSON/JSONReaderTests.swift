import GraphQL
import Testing

@Suite struct JSONReaderTests {
    private func error(_ text: String, maxDepth: Int = JSONReader.defaultMaxDepth) -> JSONError? {
        do {
            _ = try JSONReader.parse(text, maxDepth: maxDepth)
            return nil
        } catch {
            return error
        }
    }

    @Test func readsEveryKindOfValueInOrder() throws {
        let value = try JSONReader.parse(#" {"b": [1, -2.5, "x", true, false, null], "a": {"c": {}} , "e": []} "#)
        #expect(value == ["b": [1, -2.5, "x", true, false, nil], "a": ["c": [:]], "e": []])
        #expect(value.objectValue?.keys == ["b", "a", "e"])
    }

    @Test func keepsIntegersBeyondTwoToTheFiftyThreeExact() throws {
        #expect(try JSONReader.parse("9007199254740993") == .int(9_007_199_254_740_993))
        #expect(try JSONReader.parse("-9223372036854775808") == .int(Int.min))
        #expect(try JSONReader.parse("9223372036854775807") == .int(Int.max))
        #expect(try JSONReader.parse("9223372036854775808") == .float(9_223_372_036_854_775_808))
        #expect(try JSONReader.parse("1.0") == .float(1))
        #expect(try JSONReader.parse("1e2") == .float(100))
        #expect(try JSONReader.parse("-0") == .int(0))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try JSONReader.parse(#""a\"b\\c\/d\b\f\n\r\t""#) == .string("a\"b\\c/d\u{8}\u{C}\n\r\t"))
        #expect(try JSONReader.parse(#""\u00e9\u4e2d\ud83d\ude00""#) == .string("é中😀"))
        #expect(try JSONReader.parse(#""\uD83D\uDE00x""#) == .string("😀x"))
        #expect(try JSONReader.parse("\"é中😀 raw\"") == .string("é中😀 raw"))
        #expect(try JSONReader.parse(#""\u0000""#) == .string("\u{0}"))
    }

    /// Escaped strings of every length decode to the text the writer escaped, wherever the
    /// escapes fall (the decoder writes into a string sized by the escaped form).
    @Test func decodesWhatTheWriterEscapedAtEveryLength() throws {
        let pieces = ["a", "\n", "é", "\"", "中", "\\", "😀", "\u{1}", "/", "\t"]
        var text = ""
        for length in 0..<60 {
            let written = Array(JSONWriter.quoted(text).utf8)
            #expect(try JSONReader.parse(written) == .string(text), "length \(length)")
            text += pieces[length % pieces.count]
        }
    }

    @Test func refusesInvalidUTF8AfterAnEscape() {
        let bytes: [UInt8] = Array("\"a".utf8) + [0xFF] + Array("\\n\"".utf8)
        #expect(throws: JSONError("Invalid UTF-8 in a string", offset: 2)) { try JSONReader.parse(bytes) }
    }

    @Test func refusesLoneSurrogates() {
        #expect(error(#""\ud800""#) == JSONError("Lone surrogate \\uD800 in a string", offset: 1))
        #expect(error(#""a\udc00""#) == JSONError("Lone surrogate \\uDC00 in a string", offset: 2))
        #expect(error(#""\ud800\u0041""#) == JSONError("Lone surrogate \\uD800 in a string", offset: 1))
    }

    @Test func repeatedKeysKeepTheFirstPositionAndTheLastValue() throws {
        #expect(try JSONReader.parse(#"{"a":1,"b":2,"a":3}"#) == ["a": 3, "b": 2])
        let many = "{" + (0..<20).map { "\"k\($0)\":\($0)" }.joined(separator: ",") + ",\"k3\":99}"
        let object = try #require(try JSONReader.parse(many).objectValue)
        #expect(object.count == 20)
        #expect(object["k3"] == 99)
        #expect(object.keys[3] == "k3")
    }

    @Test(arguments: [
        ("", JSONError("Unexpected end of JSON", offset: 0)),
        ("{", JSONError("Unexpected end of JSON", offset: 1)),
        (#"{"a" 1}"#, JSONError("Expected ':' after an object key", offset: 5)),
        (#"{"a":1,}"#, JSONError("Expected a string key", offset: 7)),
        ("[1,]", JSONError("Unexpected character ']'", offset: 3)),
        ("[1 2]", JSONError("Expected ',' or ']' in an array", offset: 3)),
        ("01", JSONError("Invalid number: leading zero", offset: 0)),
        ("1.", JSONError("Invalid number: no digit after '.'", offset: 0)),
        ("-", JSONError("Invalid number", offset: 0)),
        ("tru", JSONError("Invalid literal", offset: 0)),
        ("NaN", JSONError("Unexpected character 'N'", offset: 0)),
        ("{} x", JSONError("Unexpected data after the JSON value", offset: 3)),
        ("\"a\nb\"", JSONError("Unescaped control character U+000A in a string", offset: 2)),
        (#""\q""#, JSONError("Invalid escape '\\q' in a string", offset: 1)),
        (#""\u12G4""#, JSONError("Invalid \\u escape: four hex digits expected", offset: 1)),
        ("\"abc", JSONError("Unterminated string", offset: 0)),
        // After an escape, the string is decoded by a second reader; it must say the same.
        ("\"a\\nb\u{1}c\"", JSONError("Unescaped control character U+0001 in a string", offset: 5)),
        ("\"a\\nbc", JSONError("Unterminated string", offset: 0)),
        ("\"\\\"", JSONError("Unterminated string", offset: 0)),
        ("\"\\", JSONError("Unterminated string", offset: 1)),
        (#""\n\q\u{1}""#, JSONError("Invalid escape '\\q' in a string", offset: 3)),
        (#""\n\u00"x"#, JSONError("Invalid \\u escape: four hex digits expected", offset: 3)),
    ])
    func reportsWhatAndWhere(text: String, expected: JSONError) {
        #expect(error(text) == expected)
    }

    @Test func refusesInvalidUTF8WithItsOffset() {
        let bytes: [UInt8] = Array("\"ab".utf8) + [0xFF] + Array("\"".utf8)
        #expect(throws: JSONError("Invalid UTF-8 in a string", offset: 3)) { try JSONReader.parse(bytes) }
    }

    @Test(arguments: [
        [0xC0, 0xAF],             // overlong "/"
        [0xE0, 0x80, 0xAF],       // overlong
        [0xED, 0xA0, 0x80],       // an encoded surrogate
        [0xF4, 0x90, 0x80, 0x80], // beyond U+10FFFF
        [0xE2, 0x82],             // truncated
        [0x80],                   // a lone continuation byte
    ] as [[UInt8]])
    func refusesEveryKindOfInvalidUTF8(sequence: [UInt8]) {
        let bytes: [UInt8] = [UInt8(ascii: "\""), UInt8(ascii: "a")] + sequence + [UInt8(ascii: "\"")]
        #expect(throws: JSONError("Invalid UTF-8 in a string", offset: 2)) { try JSONReader.parse(bytes) }
    }

    /// The check reads eight ASCII bytes at a time: a bad byte anywhere in or after such a run,
    /// with or without an escape before the string ends, is still found at its own offset.
    @Test(arguments: 0..<20)
    func findsABadByteAtAnyOffsetOfALongString(position: Int) {
        var text = Array("abcdefghijklmnopqrst".utf8)
        text[position] = 0xFF
        for tail in [Array("\"".utf8), Array("\\n\"".utf8)] {
            let bytes: [UInt8] = [UInt8(ascii: "\"")] + text + tail
            #expect(throws: JSONError("Invalid UTF-8 in a string", offset: 1 + position)) { try JSONReader.parse(bytes) }
        }
    }

    @Test func acceptsMultiByteCharactersAfterLongASCIIRuns() throws {
        let text = "query Card { name }\u{E9}\u{1F600} and again twelve bytes \u{7FF}"
        #expect(try JSONReader.parse(Array(("\"" + text + "\"").utf8)) == .string(text))
    }

    @Test func acceptsEveryValidUTF8Length() throws {
        let text = "a\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"
        #expect(try JSONReader.parse(Array(("\"" + text + "\"").utf8)) == .string(text))
    }

    @Test func limitsNesting() {
        #expect(error(String(repeating: "[", count: 5) + String(repeating: "]", count: 5), maxDepth: 4) == JSONError("JSON nesting exceeds 4 levels", offset: 4))
        #expect(error(String(repeating: "[", count: 4) + String(repeating: "]", count: 4), maxDepth: 4) == nil)
        #expect(error(String(repeating: "[", count: 100_000)) == JSONError("JSON nesting exceeds 64 levels", offset: 64))
    }

    @Test func writerOutputReadsBackTheSame() throws {
        let value: Value = ["text": "quote \" slash \\ tab \t nul \u{0} é 😀", "n": [0, -1, 1.5, 1e300, 9_007_199_254_740_993], "b": [true, false, nil]]
        var writer = JSONWriter()
        writer.write(value)
        #expect(try JSONReader.parse(writer.bytes) == value)
    }
}
