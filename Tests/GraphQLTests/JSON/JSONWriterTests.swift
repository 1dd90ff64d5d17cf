import GraphQL
import Testing

@Suite struct JSONWriterTests {
    @Test func escapesOnlyWhatRFC8259Requires() {
        #expect(JSONWriter.text(of: "a\"b\\c/d") == #""a\"b\\c/d""#)
        #expect(JSONWriter.text(of: "\u{8}\u{C}\n\r\t\u{0}\u{1F}\u{7F}") == #""\b\f\n\r\t\u0000\u001f"# + "\u{7F}\"")
        #expect(JSONWriter.text(of: "é中😀\u{2028}") == "\"é中😀\u{2028}\"")
    }

    @Test func writesValuesInOrder() {
        let value: Value = ["b": [1, nil, true], "a": ["x": "y"], "e": [:], "l": []]
        #expect(JSONWriter.text(of: value) == #"{"b":[1,null,true],"a":{"x":"y"},"e":{},"l":[]}"#)
    }

    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (1.0, "1"), (100.0, "100"), (1.5, "1.5"), (-2.25, "-2.25"), (0.1, "0.1"),
        (1e21, "1e+21"), (1e20, "100000000000000000000"), (1.5e-7, "1.5e-7"), (0.000001, "0.000001"),
        (123456789.125, "123456789.125"), (Double.greatestFiniteMagnitude, "1.7976931348623157e+308"),
        (Double.leastNonzeroMagnitude, "5e-324"), (9007199254740993.0, "9007199254740992"), (0.30000000000000004, "0.30000000000000004"),
    ])
    func writesDoublesAsJavaScriptDoes(number: Double, expected: String) {
        #expect(JSONWriter.text(of: .float(number)) == expected)
    }

    @Test func writesNonFiniteDoublesAsNull() {
        #expect(JSONWriter.text(of: [.float(.infinity), .float(-.infinity), .float(.nan)]) == "[null,null,null]")
    }

    @Test func writesIntegersExactly() {
        #expect(JSONWriter.text(of: [0, 7, -7, 10, Value.int(Int.max), Value.int(Int.min)]) == "[0,7,-7,10,9223372036854775807,-9223372036854775808]")
    }

    @Test func doublesReadBackToTheSameBits() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let number = Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF)
            let text = JSONWriter.text(of: .float(number))
            let back = try JSONReader.parse(text)
            switch back {
            case .float(let read): #expect(read.bitPattern == number.bitPattern, "\(text)")
            case .int(let read): #expect(Double(read) == number, "\(text)")
            default: Issue.record("not a number: \(text)")
            }
        }
    }
}
