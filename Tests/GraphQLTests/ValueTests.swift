import GraphQL
import Testing

@Suite struct ValueTests {
    @Test func orderedObjectKeepsInsertionOrderAndReplacesInPlace() {
        var object = OrderedObject([("b", 1), ("a", 2)])
        object["b"] = 3
        object["c"] = 4
        #expect(object.keys == ["b", "a", "c"])
        #expect(object["b"] == 3)
        object["a"] = nil
        #expect(object.keys == ["b", "c"])
    }

    @Test func locationsDoNotTakePartInEquality() {
        #expect(Name("a", location: Location(start: 0, end: 1)) == Name("a", location: Location(start: 5, end: 6)))
    }

    @Test func sourceLocationCountsLinesAndUTF16Columns() {
        let source = Source("a\r\nb\n\u{1F600}x")
        #expect(source.location(ofOffset: 3) == SourceLocation(line: 2, column: 1))
        #expect(source.location(ofOffset: 9) == SourceLocation(line: 3, column: 3))
    }
}
