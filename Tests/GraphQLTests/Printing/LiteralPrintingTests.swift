import GraphQL
import Testing

@Suite struct LiteralPrintingTests {
    @Test func printsValuesOnOneLineAsGraphQLJS16Does() {
        let object = ValueNode(.object([
            ObjectFieldNode(name: Name("a"), value: ValueNode(.list([ValueNode(.int("1")), ValueNode(.float("2.5"))]))),
            ObjectFieldNode(name: Name("b"), value: ValueNode(.enumValue("RED"))),
            ObjectFieldNode(name: Name("c"), value: ValueNode(.null)),
            ObjectFieldNode(name: Name("d"), value: ValueNode(.boolean(true))),
            ObjectFieldNode(name: Name("e"), value: ValueNode(.variable("v"))),
            ObjectFieldNode(name: Name("f"), value: ValueNode(.string("say \"hi\"\n", block: false))),
        ]))
        #expect(LiteralPrinting.print(object) == #"{a: [1, 2.5], b: RED, c: null, d: true, e: $v, f: "say \"hi\"\n"}"#)
    }

    @Test func keepsLongValuesOnOneLine() {
        let list = ValueNode(.list(Array(repeating: ValueNode(.string("a long enough item", block: false)), count: 6)))
        #expect(!LiteralPrinting.print(list).contains("\n"))
    }
}
