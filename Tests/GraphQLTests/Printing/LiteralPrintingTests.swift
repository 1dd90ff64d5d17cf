import GraphQL
import Testing

@Suite struct LiteralPrintingTests {
    @Test func escapesQuotesBackslashesAndControlCharacters() {
        #expect(LiteralPrinting.string("a\"b\\c") == #""a\"b\\c""#)
        #expect(LiteralPrinting.string("\u{8}\t\n\u{C}\r") == #""\b\t\n\f\r""#)
        #expect(LiteralPrinting.string("\u{0}\u{B}\u{1F}\u{7F}\u{9F}") == #""\u0000\u000B\u001F\u007F\u009F""#)
    }

    @Test func keepsNonASCIITextAsIs() {
        #expect(LiteralPrinting.string("café 😀") == "\"café 😀\"")
    }

    @Test func printsShortSingleLineBlockStringsOnOneLine() {
        #expect(LiteralPrinting.blockString("short") == #""""short""""#)
    }

    @Test func printsMultiLineBlockStringsOnTheirOwnLines() {
        #expect(LiteralPrinting.blockString("a\nb") == "\"\"\"\na\nb\n\"\"\"")
    }

    @Test func addsALeadingNewLineWhenLaterLinesAreIndented() {
        #expect(LiteralPrinting.blockString("a\n  b") == "\"\"\"\na\n  b\n\"\"\"")
    }

    @Test func escapesTripleQuotesInBlockStrings() {
        #expect(LiteralPrinting.blockString("a \"\"\" b") == #""""a \""" b""""#)
        #expect(LiteralPrinting.blockString("ends \"\"\"") == "\"\"\"\nends \\\"\"\"\n\"\"\"")
    }

    @Test func printsValueLiteralsAsGraphQLJSDoes() {
        let object = ValueNode(.object([
            ObjectFieldNode(name: Name("a"), value: ValueNode(.list([ValueNode(.int("1")), ValueNode(.float("2.5"))]))),
            ObjectFieldNode(name: Name("b"), value: ValueNode(.enumValue("RED"))),
            ObjectFieldNode(name: Name("c"), value: ValueNode(.null)),
            ObjectFieldNode(name: Name("d"), value: ValueNode(.boolean(true))),
            ObjectFieldNode(name: Name("e"), value: ValueNode(.variable("v"))),
        ]))
        #expect(LiteralPrinting.print(object) == "{a: [1, 2.5], b: RED, c: null, d: true, e: $v}")
        #expect(LiteralPrinting.print(ValueNode(.string("x\ny", block: true))) == "\"\"\"\nx\ny\n\"\"\"")
    }
}
