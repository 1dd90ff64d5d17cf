import GraphQL
import Testing

@Suite struct BuiltInScalarsTests {
    private func literal(_ kind: ValueNode.Kind) -> ValueNode { ValueNode(kind) }

    private func message(_ body: () throws(CoercionError) -> Value) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return error.message
        }
    }

    // MARK: Int

    @Test func intSerializesIntegralValuesAndRefusesFractions() throws {
        let int = ScalarType.int.coercion
        #expect(try int.serialize(.int(7)) == .int(7))
        #expect(try int.serialize(.float(3.0)) == .int(3))
        #expect(try int.serialize(.bool(true)) == .int(1))
        #expect(try int.serialize(.string("12")) == .int(12))
        #expect(message { () throws(CoercionError) in try int.serialize(.float(1.5)) } == "Int cannot represent non-integer value: 1.5")
        #expect(message { () throws(CoercionError) in try int.serialize(.int(2_147_483_648)) } == "Int cannot represent non 32-bit signed integer value: 2147483648")
        #expect(message { () throws(CoercionError) in try int.serialize(.string("abc")) } == "Int cannot represent non-integer value: \"abc\"")
        #expect(message { () throws(CoercionError) in try int.serialize(.list([1])) } == "Int cannot represent non-integer value: [1]")
    }

    @Test func intInputRefusesStringsFractionsAndOutOfRange() throws {
        let int = ScalarType.int.coercion
        #expect(try int.parseValue(.int(-2_147_483_648)) == .int(-2_147_483_648))
        #expect(message { () throws(CoercionError) in try int.parseValue(.string("1")) } == "Int cannot represent non-integer value: \"1\"")
        #expect(message { () throws(CoercionError) in try int.parseValue(.float(1.5)) } == "Int cannot represent non-integer value: 1.5")
        #expect(message { () throws(CoercionError) in try int.parseValue(.int(2_147_483_648)) } == "Int cannot represent non 32-bit signed integer value: 2147483648")
        #expect(try int.parseLiteral(literal(.int("42"))) == .int(42))
        #expect(message { () throws(CoercionError) in try int.parseLiteral(literal(.float("1.0"))) } == "Int cannot represent non-integer value: 1.0")
        #expect(message { () throws(CoercionError) in try int.parseLiteral(literal(.int("2147483648"))) } == "Int cannot represent non 32-bit signed integer value: 2147483648")
        #expect(message { () throws(CoercionError) in try int.parseLiteral(literal(.string("1", block: false))) } == "Int cannot represent non-integer value: \"1\"")
    }

    // MARK: Float

    @Test func floatAcceptsIntegersAndRefusesNonNumbers() throws {
        let float = ScalarType.float.coercion
        #expect(try float.serialize(.int(2)) == .float(2))
        #expect(try float.parseValue(.int(2)) == .float(2))
        #expect(try float.parseLiteral(literal(.int("3"))) == .float(3))
        #expect(try float.parseLiteral(literal(.float("1.25e2"))) == .float(125))
        #expect(message { () throws(CoercionError) in try float.parseValue(.string("1.5")) } == "Float cannot represent non numeric value: \"1.5\"")
        #expect(message { () throws(CoercionError) in try float.parseLiteral(literal(.boolean(true))) } == "Float cannot represent non numeric value: true")
        #expect(message { () throws(CoercionError) in try float.serialize(.float(.infinity)) } == "Float cannot represent non numeric value: Infinity")
    }

    // MARK: String

    @Test func stringSerializesScalarsAndRefusesNonStringInput() throws {
        let string = ScalarType.string.coercion
        #expect(try string.serialize(.int(1)) == .string("1"))
        #expect(try string.serialize(.float(1.5)) == .string("1.5"))
        #expect(try string.serialize(.bool(false)) == .string("false"))
        #expect(message { () throws(CoercionError) in try string.parseValue(.int(1)) } == "String cannot represent a non string value: 1")
        #expect(message { () throws(CoercionError) in try string.parseLiteral(literal(.int("1"))) } == "String cannot represent a non string value: 1")
        #expect(message { () throws(CoercionError) in try string.serialize(["a": 1]) } == "String cannot represent value: { a: 1 }")
        #expect(try string.parseLiteral(literal(.string("x", block: true))) == .string("x"))
    }

    // MARK: Boolean

    @Test func booleanRefusesNonBooleanInput() throws {
        let boolean = ScalarType.boolean.coercion
        #expect(try boolean.serialize(.int(0)) == .bool(false))
        #expect(try boolean.parseLiteral(literal(.boolean(true))) == .bool(true))
        #expect(message { () throws(CoercionError) in try boolean.parseValue(.int(1)) } == "Boolean cannot represent a non boolean value: 1")
        #expect(message { () throws(CoercionError) in try boolean.parseLiteral(literal(.enumValue("TRUE"))) } == "Boolean cannot represent a non boolean value: TRUE")
    }

    // MARK: ID

    @Test func idAcceptsStringsAndIntegersAndWritesStrings() throws {
        let id = ScalarType.id.coercion
        #expect(try id.serialize(.int(42)) == .string("42"))
        #expect(try id.parseValue(.int(7)) == .string("7"))
        #expect(try id.parseValue(.string("a")) == .string("a"))
        #expect(try id.parseLiteral(literal(.int("12345678901234567890"))) == .string("12345678901234567890"))
        #expect(message { () throws(CoercionError) in try id.parseValue(.float(1.5)) } == "ID cannot represent value: 1.5")
        #expect(message { () throws(CoercionError) in try id.serialize(.bool(true)) } == "ID cannot represent value: true")
        #expect(message { () throws(CoercionError) in try id.parseLiteral(literal(.float("1.5"))) } == "ID cannot represent a non-string and non-integer value: 1.5")
    }

    @Test func builtInsAreNamedAsTheSpecificationSays() {
        #expect(ScalarType.builtIns.map(\.name) == ["Int", "Float", "String", "Boolean", "ID"])
        #expect(ScalarType.isBuiltIn("ID"))
        #expect(!ScalarType.isBuiltIn("DateTime"))
    }
}
