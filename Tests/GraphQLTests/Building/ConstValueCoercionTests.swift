import GraphQL
import Testing

@Suite struct ConstValueCoercionTests {
    private static let coercion = ConstValueCoercion(types: Dictionary(uniqueKeysWithValues: ([
        .enumeration(EnumType(name: "Color", values: [EnumValueDefinition(name: "RED"), EnumValueDefinition(name: "GREEN")])),
        .inputObject(InputObjectType(name: "Point", fields: [
            InputValueDefinition(name: "x", type: .nonNull(.named("Int"))),
            InputValueDefinition(name: "y", type: .named("Int"), defaultValueNode: ValueNode(.int("0"))),
            InputValueDefinition(name: "color", type: .named("Color")),
        ])),
        .inputObject(InputObjectType(name: "By", fields: [
            InputValueDefinition(name: "id", type: .named("ID")),
            InputValueDefinition(name: "name", type: .named("String")),
        ], isOneOf: true)),
    ] + ScalarType.builtIns.map(NamedType.scalar)).map { ($0.name, $0) }))

    private static func coerce(_ literal: String, _ type: TypeReference) throws -> (value: Value, failures: [String]) {
        let result = coercion.coerce(try Parser.parseValue(Source(literal)), to: type)
        return (result.value, result.failures.map(\.message))
    }

    @Test func coercesValidLiterals() throws {
        #expect(try Self.coerce("4", .named("Int")) == (.int(4), []))
        #expect(try Self.coerce("RED", .nonNull(.named("Color"))) == (.string("RED"), []))
        #expect(try Self.coerce("null", .named("Color")) == (.null, []))
        #expect(try Self.coerce("[1, 2]", .list(.named("Int"))) == (.list([.int(1), .int(2)]), []))
        #expect(try Self.coerce("1", .list(.named("Int"))) == (.list([.int(1)]), []))
        #expect(try Self.coerce("{ color: GREEN, x: 1 }", .named("Point")) == (.object(OrderedObject([("x", 1), ("y", 0), ("color", "GREEN")])), []))
        #expect(try Self.coerce("{ id: 4 }", .named("By")) == (.object(OrderedObject([("id", "4")])), []))
    }

    @Test func reportsEveryReasonALiteralIsInvalid() throws {
        #expect(try Self.coerce("null", .nonNull(.named("Int"))).failures == ["Expected value of type \"Int!\", found null."])
        #expect(try Self.coerce("BLUE", .named("Color")).failures == ["Value \"BLUE\" does not exist in \"Color\" enum."])
        #expect(try Self.coerce("\"RED\"", .named("Color")).failures == [
            "Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?"
        ])
        #expect(try Self.coerce("[1, \"a\"]", .list(.named("Int"))).failures == ["Int cannot represent non-integer value: \"a\""])
        #expect(try Self.coerce("{ y: 1, z: 2 }", .named("Point")).failures == [
            "Field \"Point.x\" of required type \"Int!\" was not provided.",
            "Field \"z\" is not defined by type \"Point\". Did you mean \"x\" or \"y\"?",
        ])
        #expect(try Self.coerce("3", .named("Point")).failures == ["Expected value of type \"Point\", found 3."])
        #expect(try Self.coerce("{ id: 1, name: \"a\" }", .named("By")).failures == ["OneOf Input Object \"By\" must specify exactly one key."])
        #expect(try Self.coerce("{ id: null }", .named("By")).failures == ["Field \"By.id\" must be non-null."])
        #expect(try Self.coerce("$v", .named("Int")).failures == ["Unexpected variable \"$v\" in constant value."])
    }
}
