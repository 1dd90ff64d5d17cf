import GraphQL
import Testing

/// graphql-js's cases for lists, non-null values, input objects (`@oneOf` ones too), directive
/// arguments, variable defaults and custom scalars.
extension ValuesOfCorrectTypeRuleTests {
    // MARK: - Lists

    @Test func acceptsGoodListValues() throws {
        try check.valid("""
                {
                  complicatedArgs {
                    a: stringListArgField(stringListArg: ["one", null, "two"])
                    b: stringListArgField(stringListArg: [])
                    c: stringListArgField(stringListArg: null)
                    d: stringListArgField(stringListArg: "one")
                  }
                }
        """)
    }

    @Test func rejectsAnIncorrectItemType() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    stringListArgField(stringListArg: ["one", 2])
                  }
                }
        """, [ExpectedError("String cannot represent a non string value: 2", (4, 55))])
    }

    @Test func rejectsASingleValueOfIncorrectType() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    stringListArgField(stringListArg: 1)
                  }
                }
        """, [ExpectedError("String cannot represent a non string value: 1", (4, 47))])
    }

    @Test func rejectsNullInANonNullItemPosition() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    stringListNonNullArgField(stringListNonNullArg: ["one", null])
                  }
                }
        """, [ExpectedError(#"Expected value of type "String!", found null."#, (4, 69))])
    }

    @Test func rejectsAListWhereAScalarIsExpected() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    intArgField(intArg: [1, 2])
                  }
                }
        """, [ExpectedError("Int cannot represent non-integer value: [1, 2]", (4, 33))])
    }

    @Test func rejectsANestedListWhereAListOfScalarsIsExpected() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    stringListArgField(stringListArg: [["one"]])
                  }
                }
        """, [ExpectedError(#"String cannot represent a non string value: ["one"]"#, (4, 48))])
    }

    // MARK: - Non-null values

    @Test func acceptsNonNullValues() throws {
        try check.valid("""
                {
                  complicatedArgs {
                    a: nonNullIntArgField(nonNullIntArg: 2)
                    b: multipleReqs(req1: 1, req2: 2)
                    c: multipleReqs(req2: 2, req1: 1)
                    d: multipleReqs
                    e: multipleOpts
                    f: multipleOpts(opt1: 1)
                    g: multipleOpts(opt2: 1)
                    h: multipleOptAndReq(req1: 3, req2: 4)
                    i: multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
                    j: multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
                  }
                }
        """)
    }

    @Test func rejectsIncorrectValueTypesForRequiredArguments() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    multipleReqs(req2: "two", req1: "one")
                  }
                }
        """, [
            ExpectedError(#"Int cannot represent non-integer value: "two""#, (4, 32)),
            ExpectedError(#"Int cannot represent non-integer value: "one""#, (4, 45)),
        ])
    }

    @Test func rejectsAnIncorrectValueAndAMissingArgumentOnlyForTheValue() throws {
        // The missing argument is ProvidedRequiredArgumentsRule's to report.
        try check.errors("""
                {
                  complicatedArgs {
                    multipleReqs(req1: "one")
                  }
                }
        """, [ExpectedError(#"Int cannot represent non-integer value: "one""#, (4, 32))])
    }

    @Test func rejectsNullForARequiredArgument() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    multipleReqs(req1: null)
                  }
                }
        """, [ExpectedError(#"Expected value of type "Int!", found null."#, (4, 32))])
    }

    // MARK: - Input objects

    @Test func acceptsValidInputObjects() throws {
        try check.valid("""
                {
                  complicatedArgs {
                    a: complexArgField(complexArg: { requiredField: true })
                    b: complexArgField(complexArg: { requiredField: false, nonNullField: true })
                    c: complexArgField(complexArg: { requiredField: true, intField: 4 })
                    d: complexArgField(complexArg: {
                      stringListField: ["one", "two"]
                      booleanField: false
                      requiredField: true
                      stringField: "foo"
                      intField: 4
                    })
                  }
                }
        """)
    }

    @Test func rejectsAnInputObjectMissingARequiredField() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    complexArgField(complexArg: { intField: 4 })
                  }
                }
        """, [ExpectedError(#"Field "ComplexInput.requiredField" of required type "Boolean!" was not provided."#, (4, 41))])
    }

    @Test func rejectsAnInputObjectWithAnInvalidFieldValue() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    complexArgField(complexArg: {
                      stringListField: ["one", 2],
                      requiredField: true,
                    })
                  }
                }
        """, [ExpectedError("String cannot represent a non string value: 2", (5, 40))])
    }

    @Test func rejectsNullForARequiredInputField() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    complexArgField(complexArg: {
                      requiredField: null,
                      intField: null,
                    })
                  }
                }
        """, [ExpectedError(#"Expected value of type "Boolean!", found null."#, (5, 30))])
    }

    @Test func rejectsAnUnknownInputFieldSuggestingAKnownOne() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    complexArgField(complexArg: {
                      requiredField: true,
                      invalidField: "value"
                    })
                  }
                }
        """, [ExpectedError(#"Field "invalidField" is not defined by type "ComplexInput". Did you mean "intField"?"#, (6, 15))])
    }

    @Test func rejectsAnUnknownInputFieldWithoutASuggestion() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    complexArgField(complexArg: { requiredField: true, unknown: 1 })
                  }
                }
        """, [ExpectedError(#"Field "unknown" is not defined by type "ComplexInput"."#, (4, 64))])
    }

    @Test func rejectsAnObjectWhereAScalarIsExpected() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    intArgField(intArg: { value: 1 })
                  }
                }
        """, [ExpectedError("Int cannot represent non-integer value: {value: 1}", (4, 33))])
    }

    @Test func rejectsAScalarWhereAnInputObjectIsExpected() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    complexArgField(complexArg: "NotVeryComplex")
                  }
                }
        """, [ExpectedError(#"Expected value of type "ComplexInput", found "NotVeryComplex"."#, (4, 41))])
    }

    // MARK: - OneOf input objects

    @Test func acceptsAOneOfInputObjectWithExactlyOneField() throws {
        try check.valid("""
                {
                  complicatedArgs {
                    oneOfArgField(oneOfArg: { stringField: "abc" })
                  }
                }
        """)
    }

    @Test func acceptsAOneOfInputObjectWithANonNullVariable() throws {
        try check.valid("""
                query ($string: String!) {
                  complicatedArgs {
                    oneOfArgField(oneOfArg: { stringField: $string })
                  }
                }
        """)
    }

    @Test func leavesANullableVariableInAOneOfFieldToVariablesInAllowedPosition() throws {
        try check.valid("""
                query ($string: String) {
                  complicatedArgs {
                    oneOfArgField(oneOfArg: { stringField: $string })
                  }
                }
        """)
    }

    @Test func rejectsAOneOfInputObjectWithTwoFields() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    oneOfArgField(oneOfArg: { stringField: "abc", intField: 123 })
                  }
                }
        """, [ExpectedError(#"OneOf Input Object "OneOfInput" must specify exactly one key."#, (4, 37))])
    }

    @Test func rejectsAnEmptyOneOfInputObject() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    oneOfArgField(oneOfArg: {})
                  }
                }
        """, [ExpectedError(#"OneOf Input Object "OneOfInput" must specify exactly one key."#, (4, 37))])
    }

    @Test func rejectsAOneOfInputObjectWithANullField() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    oneOfArgField(oneOfArg: { stringField: null })
                  }
                }
        """, [ExpectedError(#"Field "OneOfInput.stringField" must be non-null."#, (4, 37))])
    }

    @Test func checksTheValueOfAOneOfField() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    oneOfArgField(oneOfArg: { intField: "abc" })
                  }
                }
        """, [ExpectedError(#"Int cannot represent non-integer value: "abc""#, (4, 49))])
    }

    // MARK: - Directive arguments

    @Test func acceptsDirectiveArgumentsOfTheRightType() throws {
        try check.valid("""
                {
                  dog @include(if: true) {
                    name
                  }
                  human @skip(if: false) {
                    name
                  }
                }
        """)
    }

    @Test func rejectsDirectiveArgumentsOfTheWrongType() throws {
        try check.errors("""
                {
                  dog @include(if: "yes") {
                    name @skip(if: ENUM)
                  }
                }
        """, [
            ExpectedError(#"Boolean cannot represent a non boolean value: "yes""#, (3, 28)),
            ExpectedError("Boolean cannot represent a non boolean value: ENUM", (4, 28)),
        ])
    }

    // MARK: - Variable default values

    @Test func acceptsVariablesWithValidDefaults() throws {
        try check.valid("""
                query WithDefaultValues(
                  $a: Int = 1,
                  $b: String = "ok",
                  $c: ComplexInput = { requiredField: true, intField: 3 }
                  $d: Int! = 123
                ) {
                  dog { name }
                }
        """)
    }

    @Test func acceptsVariablesWithValidDefaultNullValues() throws {
        try check.valid("""
                query WithDefaultValues(
                  $a: Int = null,
                  $b: String = null,
                  $c: ComplexInput = { requiredField: true, intField: null }
                ) {
                  dog { name }
                }
        """)
    }

    @Test func rejectsVariablesWithInvalidDefaultNullValues() throws {
        try check.errors("""
                query WithDefaultValues(
                  $a: Int! = null,
                  $b: String! = null,
                  $c: ComplexInput = { requiredField: null, intField: null }
                ) {
                  dog { name }
                }
        """, [
            ExpectedError(#"Expected value of type "Int!", found null."#, (3, 22)),
            ExpectedError(#"Expected value of type "String!", found null."#, (4, 25)),
            ExpectedError(#"Expected value of type "Boolean!", found null."#, (5, 47)),
        ])
    }

    @Test func rejectsVariablesWithInvalidDefaultValues() throws {
        try check.errors("""
                query InvalidDefaultValues(
                  $a: Int = "one",
                  $b: String = 4,
                  $c: ComplexInput = "NotVeryComplex"
                ) {
                  dog { name }
                }
        """, [
            ExpectedError(#"Int cannot represent non-integer value: "one""#, (3, 21)),
            ExpectedError("String cannot represent a non string value: 4", (4, 24)),
            ExpectedError(#"Expected value of type "ComplexInput", found "NotVeryComplex"."#, (5, 30)),
        ])
    }

    @Test func rejectsVariablesWithComplexInvalidDefaultValues() throws {
        try check.errors("""
                query WithDefaultValues(
                  $a: ComplexInput = { requiredField: 123, intField: "abc" }
                ) {
                  dog { name }
                }
        """, [
            ExpectedError("Boolean cannot represent a non boolean value: 123", (3, 47)),
            ExpectedError(#"Int cannot represent non-integer value: "abc""#, (3, 62)),
        ])
    }

    @Test func rejectsAComplexVariableMissingARequiredField() throws {
        try check.errors("""
                query MissingRequiredField($a: ComplexInput = {intField: 3}) {
                  dog { name }
                }
        """, [ExpectedError(#"Field "ComplexInput.requiredField" of required type "Boolean!" was not provided."#, (2, 55))])
    }

    @Test func rejectsAListVariableWithAnInvalidItem() throws {
        try check.errors("""
                query InvalidItem($a: [String] = ["one", 2]) {
                  dog { name }
                }
        """, [ExpectedError("String cannot represent a non string value: 2", (2, 50))])
    }

    // MARK: - Variables and unknown positions

    @Test func leavesVariablesToOtherRules() throws {
        try check.valid("""
                query ($int: Int, $string: String) {
                  complicatedArgs {
                    a: intArgField(intArg: $string)
                    b: stringListArgField(stringListArg: [$int, "x"])
                    c: complexArgField(complexArg: { requiredField: $int })
                  }
                }
        """)
    }

    @Test func ignoresValuesInUnknownPositions() throws {
        // Unknown arguments and fields are other rules' to report.
        try check.valid("""
                {
                  complicatedArgs {
                    a: intArgField(unknownArg: "x")
                    b: unknownField(arg: { a: [1, "b"] })
                  }
                }
        """)
    }

    // MARK: - Custom scalars

    /// A schema with a scalar that refuses every literal and one that accepts every literal.
    static let customScalarSchema: Schema = {
        let invalid = ScalarType(name: "Invalid", coercion: ScalarCoercion(
            serialize: { $0 },
            parseValue: { $0 },
            parseLiteral: { node throws(CoercionError) in
                throw CoercionError("Invalid scalar is always invalid: \(node.kind)")
            }
        ))
        let any = ScalarType(name: "Any", coercion: ScalarCoercion(
            serialize: { $0 },
            parseValue: { $0 },
            parseLiteral: { _ in .null }
        ))
        return TestSchema.make(query: "Query", types: [
            .scalar(invalid),
            .scalar(any),
            TestSchema.object("Query", [
                TestSchema.field("invalidArg", "String", args: [TestSchema.arg("arg", "Invalid")]),
                TestSchema.field("anyArg", "String", args: [TestSchema.arg("arg", "Any")]),
            ]),
        ])
    }()

    @Test func reportsTheMessageOfACustomScalarThatRefusesALiteral() throws {
        try check.errors("{ invalidArg(arg: 123) }", [
            ExpectedError(#"Expected value of type "Invalid", found 123; Invalid scalar is always invalid: int("123")"#, (2, 19)),
        ], schema: Self.customScalarSchema)
    }

    @Test func letsACustomScalarAcceptComplexLiterals() throws {
        try check.valid("""
                {
                  test1: anyArg(arg: 123)
                  test2: anyArg(arg: "abc")
                  test3: anyArg(arg: [123, "abc"])
                  test4: anyArg(arg: {deep: [123, "abc"]})
                }
        """, schema: Self.customScalarSchema)
    }

    @Test func leavesACustomScalarLiteralWithAVariableToExecution() throws {
        try check.valid("""
                query ($x: Int) {
                  a: invalidArg(arg: {deep: [1, $x]})
                  b: invalidArg(arg: $x)
                }
        """, schema: Self.customScalarSchema)
    }

    @Test func rejectsAListWhereAnEnumIsExpected() throws {
        try check.errors("""
                {
                  dog {
                    doesKnowCommand(dogCommand: [SIT])
                  }
                }
        """, [ExpectedError(#"Enum "DogCommand" cannot represent non-enum value: [SIT]. Did you mean the enum value "SIT"?"#, (4, 41))])
    }
}
