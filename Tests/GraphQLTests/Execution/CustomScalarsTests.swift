import GraphQL
import Testing

@Suite struct CustomScalarsTests {
    private func message(_ body: () throws(CoercionError) -> Value) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return error.message
        }
    }

    // MARK: DateTime

    @Test(arguments: [
        ("2024-05-01T09:30:00Z", "2024-05-01T09:30:00Z"),
        ("2024-05-01T11:30:00+02:00", "2024-05-01T09:30:00Z"),
        ("2024-05-01t09:30:00.250z", "2024-05-01T09:30:00.250Z"),
        ("2024-01-01T01:00:00+05:30", "2023-12-31T19:30:00Z"),
        ("2024-02-28T23:30:00-01:00", "2024-02-29T00:30:00Z"),
        ("1969-12-31T23:59:59.999999999-00:00", "1969-12-31T23:59:59.999999999Z"),
    ])
    func dateTimeNormalisesToUTC(input: String, expected: String) throws {
        #expect(try ScalarCoercion.dateTime.parseValue(.string(input)) == .string(expected))
        #expect(try ScalarCoercion.dateTime.serialize(.string(input)) == .string(expected))
        #expect(try ScalarCoercion.dateTime.parseLiteral(ValueNode(.string(input, block: false))) == .string(expected))
    }

    @Test(arguments: [
        ("2024-05-01", "the date and time are not separated by T"),
        ("2024-05-01T09:30:00", "the time zone is missing (Z or an offset such as +02:00)"),
        ("2023-02-29T00:00:00Z", "day 29 is out of range for 2023-02"),
        ("2024-13-01T00:00:00Z", "month 13 is out of range"),
        ("2024-05-01T24:00:00Z", "hour 24 is out of range"),
        ("2024-05-01T09:30:00.Z", "the fraction of a second has no digits"),
        ("2024-05-01T09:30:00+0200", "the offset is not +HH:MM or -HH:MM"),
        ("2024-05-01T09:30:00Zjunk", "there is text after the time zone"),
        ("24-05-01T09:30:00Z", "the date is not YYYY-MM-DD"),
    ])
    func dateTimeRefusesMalformedText(input: String, reason: String) {
        let expected = "DateTime cannot represent \"\(input)\": \(reason); expected RFC 3339 such as \"2024-05-01T09:30:00Z\""
        #expect(message { () throws(CoercionError) in try ScalarCoercion.dateTime.parseValue(.string(input)) } == expected)
    }

    @Test func dateTimeRefusesNonStrings() {
        #expect(message { () throws(CoercionError) in try ScalarCoercion.dateTime.parseValue(.int(0)) } == "DateTime cannot represent a non string value: 0")
        #expect(message { () throws(CoercionError) in try ScalarCoercion.dateTime.parseLiteral(ValueNode(.int("0"))) } == "DateTime cannot represent a non string value: 0")
        #expect(message { () throws(CoercionError) in try ScalarCoercion.dateTime.serialize(.bool(true)) } == "DateTime cannot represent value: true")
    }

    // MARK: JSON

    @Test func jsonPassesValuesThroughAndReadsLiterals() throws {
        let value: Value = ["a": [1, 2.5, "x", nil, true], "b": ["c": 9_007_199_254_740_993]]
        #expect(try ScalarCoercion.json.parseValue(value) == value)
        #expect(try ScalarCoercion.json.serialize(value) == value)
        let node = ValueNode(.object([
            ObjectFieldNode(name: Name("a"), value: ValueNode(.list([ValueNode(.int("1")), ValueNode(.float("2.5")), ValueNode(.enumValue("RED"))]))),
            ObjectFieldNode(name: Name("big"), value: ValueNode(.int("9007199254740993"))),
            ObjectFieldNode(name: Name("n"), value: ValueNode(.null)),
        ]))
        #expect(try ScalarCoercion.json.parseLiteral(node) == ["a": [1, 2.5, "RED"], "big": 9_007_199_254_740_993, "n": nil])
    }

    // MARK: Money

    @Test func moneyKeepsSixtyFourBitAmounts() throws {
        let money = ScalarCoercion.money
        #expect(try money.parseValue(.int(9_007_199_254_740_993)) == .int(9_007_199_254_740_993))
        #expect(try money.parseValue(.string("-9223372036854775808")) == .int(Int.min))
        #expect(try money.parseLiteral(ValueNode(.int("9223372036854775807"))) == .int(Int.max))
        #expect(try money.parseLiteral(ValueNode(.string("1050", block: false))) == .int(1050))
        #expect(try money.serialize(.int(1050)) == .int(1050))
    }

    @Test func moneyRefusesFractionsAndNonIntegerText() {
        let money = ScalarCoercion.money
        #expect(message { () throws(CoercionError) in try money.parseValue(.float(10.5)) } == "Money cannot represent a non-integer value: 10.5; amounts are integers in minor units, such as 1050 for 10.50")
        #expect(message { () throws(CoercionError) in try money.parseValue(.float(100)) } == "Money cannot represent a non-integer value: 100.0; amounts are integers in minor units, such as 1050 for 10.50")
        #expect(message { () throws(CoercionError) in try money.parseValue(.string("10.50")) } == "Money cannot represent \"10.50\": amounts are integers in minor units, such as \"1050\" for 10.50")
        #expect(message { () throws(CoercionError) in try money.parseLiteral(ValueNode(.int("9223372036854775808"))) } == "Money cannot represent an amount beyond 64 bits: 9223372036854775808")
        #expect(message { () throws(CoercionError) in try money.parseLiteral(ValueNode(.float("1.5"))) } == "Money cannot represent a non-integer value: 1.5; amounts are integers in minor units, such as 1050 for 10.50")
        #expect(message { () throws(CoercionError) in try money.parseValue(.string("")) } == "Money cannot represent \"\": amounts are integers in minor units, such as \"1050\" for 10.50")
    }
}
