import GraphQL
import Testing

/// graphql-js's `ValuesOfCorrectTypeRule-test.ts` cases, with its messages and locations, on the
/// standard test schema with the real built-in scalars (the harness's stand-ins accept anything).
@Suite struct ValuesOfCorrectTypeRuleTests {
    /// ``TestSchema/standard`` with the specification's scalars and their coercions.
    static let schema: Schema = {
        let standard = TestSchema.standard
        let builtIns = ScalarType.builtIns.map(NamedType.scalar)
        return Schema(
            queryType: standard.queryType,
            types: builtIns + standard.typeNames.compactMap { standard.types[$0] },
            directives: standard.directiveNames.compactMap { standard.directives[$0] }
        )
    }()

    let check = RuleTester(ValuesOfCorrectTypeRule(), schema: Self.schema)

    // MARK: - Valid values

    @Test(arguments: [
        "intArgField(intArg: 2)",
        "booleanArgField(booleanArg: true)",
        "stringArgField(stringArg: \"foo\")",
        "floatArgField(floatArg: 1.1)",
        "floatArgField(floatArg: 1)",
        "idArgField(idArg: 1)",
        "idArgField(idArg: \"someIdString\")",
        "enumArgField(enumArg: NO_FUR)",
        "intArgField(intArg: null)",
        "booleanArgField(booleanArg: null)",
        "stringArgField(stringArg: null)",
        "floatArgField(floatArg: null)",
        "idArgField(idArg: null)",
        "enumArgField(enumArg: null)",
        "intArgField(intArg: -2147483648)",
        "intArgField(intArg: 2147483647)",
        "stringArgField(stringArg: \"\"\"block\"\"\")",
    ])
    func acceptsAScalarOrEnumOfItsType(_ field: String) throws {
        try check.valid("""
                {
                  complicatedArgs {
                    \(field)
                  }
                }
        """)
    }

    @Test func acceptsAGoodEnumValue() throws {
        try check.valid("""
                {
                  dog {
                    doesKnowCommand(dogCommand: SIT)
                  }
                }
        """)
    }

    // MARK: - Invalid String values

    @Test func rejectsAnIntIntoString() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    stringArgField(stringArg: 1)
                  }
                }
        """, [ExpectedError("String cannot represent a non string value: 1", (4, 39))])
    }

    @Test func rejectsAFloatIntoString() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    stringArgField(stringArg: 1.0)
                  }
                }
        """, [ExpectedError("String cannot represent a non string value: 1.0", (4, 39))])
    }

    @Test func rejectsABooleanIntoString() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    stringArgField(stringArg: true)
                  }
                }
        """, [ExpectedError("String cannot represent a non string value: true", (4, 39))])
    }

    @Test func rejectsAnUnquotedStringIntoString() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    stringArgField(stringArg: BAR)
                  }
                }
        """, [ExpectedError("String cannot represent a non string value: BAR", (4, 39))])
    }

    // MARK: - Invalid Int values

    @Test func rejectsAStringIntoInt() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    intArgField(intArg: "3")
                  }
                }
        """, [ExpectedError(#"Int cannot represent non-integer value: "3""#, (4, 33))])
    }

    @Test func rejectsABigIntIntoInt() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    intArgField(intArg: 829384293849283498239482938)
                  }
                }
        """, [ExpectedError("Int cannot represent non 32-bit signed integer value: 829384293849283498239482938", (4, 33))])
    }

    @Test func rejectsIntegersJustOutside32Bits() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    a: intArgField(intArg: 2147483648)
                    b: intArgField(intArg: -2147483649)
                  }
                }
        """, [
            ExpectedError("Int cannot represent non 32-bit signed integer value: 2147483648", (4, 36)),
            ExpectedError("Int cannot represent non 32-bit signed integer value: -2147483649", (5, 36)),
        ])
    }

    @Test func rejectsAnUnquotedStringIntoInt() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    intArgField(intArg: FOO)
                  }
                }
        """, [ExpectedError("Int cannot represent non-integer value: FOO", (4, 33))])
    }

    @Test func rejectsASimpleFloatIntoInt() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    intArgField(intArg: 3.0)
                  }
                }
        """, [ExpectedError("Int cannot represent non-integer value: 3.0", (4, 33))])
    }

    @Test func rejectsAFloatIntoInt() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    intArgField(intArg: 3.333)
                  }
                }
        """, [ExpectedError("Int cannot represent non-integer value: 3.333", (4, 33))])
    }

    // MARK: - Invalid Float values

    @Test func rejectsAStringIntoFloat() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    floatArgField(floatArg: "3.333")
                  }
                }
        """, [ExpectedError(#"Float cannot represent non numeric value: "3.333""#, (4, 37))])
    }

    @Test func rejectsABooleanIntoFloat() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    floatArgField(floatArg: true)
                  }
                }
        """, [ExpectedError("Float cannot represent non numeric value: true", (4, 37))])
    }

    @Test func rejectsAnUnquotedStringIntoFloat() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    floatArgField(floatArg: FOO)
                  }
                }
        """, [ExpectedError("Float cannot represent non numeric value: FOO", (4, 37))])
    }

    // MARK: - Invalid Boolean values

    @Test func rejectsAnIntIntoBoolean() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    booleanArgField(booleanArg: 2)
                  }
                }
        """, [ExpectedError("Boolean cannot represent a non boolean value: 2", (4, 41))])
    }

    @Test func rejectsAFloatIntoBoolean() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    booleanArgField(booleanArg: 1.0)
                  }
                }
        """, [ExpectedError("Boolean cannot represent a non boolean value: 1.0", (4, 41))])
    }

    @Test func rejectsAStringIntoBoolean() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    booleanArgField(booleanArg: "true")
                  }
                }
        """, [ExpectedError(#"Boolean cannot represent a non boolean value: "true""#, (4, 41))])
    }

    @Test func rejectsAnUnquotedStringIntoBoolean() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    booleanArgField(booleanArg: TRUE)
                  }
                }
        """, [ExpectedError("Boolean cannot represent a non boolean value: TRUE", (4, 41))])
    }

    // MARK: - Invalid ID values

    @Test func rejectsAFloatIntoID() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    idArgField(idArg: 1.0)
                  }
                }
        """, [ExpectedError("ID cannot represent a non-string and non-integer value: 1.0", (4, 31))])
    }

    @Test func rejectsABooleanIntoID() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    idArgField(idArg: true)
                  }
                }
        """, [ExpectedError("ID cannot represent a non-string and non-integer value: true", (4, 31))])
    }

    @Test func rejectsAnUnquotedStringIntoID() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    idArgField(idArg: SOMETHING)
                  }
                }
        """, [ExpectedError("ID cannot represent a non-string and non-integer value: SOMETHING", (4, 31))])
    }

    // MARK: - Invalid Enum values

    @Test func rejectsAnIntIntoEnum() throws {
        try check.errors("""
                {
                  dog {
                    doesKnowCommand(dogCommand: 2)
                  }
                }
        """, [ExpectedError(#"Enum "DogCommand" cannot represent non-enum value: 2."#, (4, 41))])
    }

    @Test func rejectsAFloatIntoEnum() throws {
        try check.errors("""
                {
                  dog {
                    doesKnowCommand(dogCommand: 1.0)
                  }
                }
        """, [ExpectedError(#"Enum "DogCommand" cannot represent non-enum value: 1.0."#, (4, 41))])
    }

    @Test func rejectsAStringIntoEnumSuggestingTheValue() throws {
        try check.errors("""
                {
                  dog {
                    doesKnowCommand(dogCommand: "SIT")
                  }
                }
        """, [ExpectedError(#"Enum "DogCommand" cannot represent non-enum value: "SIT". Did you mean the enum value "SIT"?"#, (4, 41))])
    }

    @Test func rejectsABooleanIntoEnum() throws {
        try check.errors("""
                {
                  dog {
                    doesKnowCommand(dogCommand: true)
                  }
                }
        """, [ExpectedError(#"Enum "DogCommand" cannot represent non-enum value: true."#, (4, 41))])
    }

    @Test func rejectsAnUnknownEnumValue() throws {
        try check.errors("""
                {
                  dog {
                    doesKnowCommand(dogCommand: JUGGLE)
                  }
                }
        """, [ExpectedError(#"Value "JUGGLE" does not exist in "DogCommand" enum."#, (4, 41))])
    }

    @Test func rejectsAnEnumValueInTheWrongCaseSuggestingTheRightOne() throws {
        try check.errors("""
                {
                  dog {
                    doesKnowCommand(dogCommand: sit)
                  }
                }
        """, [ExpectedError(#"Value "sit" does not exist in "DogCommand" enum. Did you mean the enum value "SIT"?"#, (4, 41))])
    }
}
