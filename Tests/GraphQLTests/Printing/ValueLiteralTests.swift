import GraphQL
import Testing

@Suite struct ValueLiteralTests {
    private let schema = IntrospectionTestSchema.pets

    private func literal(_ value: Value, _ type: TypeReference) -> String? {
        ValueLiteral.node(for: value, type: type, lookup: { schema.type(named: $0) }).map { Printer.print($0) }
    }

    @Test func writesScalarsAsTheirLiterals() {
        #expect(literal(.int(3), .named("Int")) == "3")
        #expect(literal(.float(3.0), .named("Float")) == "3")
        #expect(literal(.float(0.5), .named("Float")) == "0.5")
        #expect(literal(.bool(true), .named("Boolean")) == "true")
        #expect(literal("a\"b", .named("String")) == #""a\"b""#)
    }

    @Test func writesIntegerLikeIDsUnquoted() {
        #expect(literal("123", .named("ID")) == "123")
        #expect(literal("0123", .named("ID")) == "\"0123\"")
        #expect(literal("abc", .named("ID")) == "\"abc\"")
    }

    @Test func writesEnumValuesAsNames() {
        #expect(literal("RED", .named("Color")) == "RED")
    }

    @Test func writesInputObjectFieldsInTheTypesOrder() {
        #expect(literal(["limit": 3, "color": "RED", "unknown": 1], .named("Filter")) == "{ color: RED, limit: 3 }")
    }

    @Test func writesNullsExceptWhereNonNull() {
        #expect(literal(.null, .named("Int")) == "null")
        #expect(literal(.null, .nonNull(.named("Int"))) == nil)
        #expect(literal([1, .null], .list(.nonNull(.named("Int")))) == "[1]")
    }

    @Test func writesASingleValueOfAListTypeAsItself() {
        #expect(literal(.int(1), .list(.named("Int"))) == "1")
    }

    @Test func hasNoLiteralForOutputTypesOrUnknownTypes() {
        #expect(literal(["id": "1"], .named("Person")) == nil)
        #expect(literal(1, .named("Missing")) == nil)
    }
}
