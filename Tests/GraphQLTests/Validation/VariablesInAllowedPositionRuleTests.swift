import GraphQL
import Testing

/// graphql-js's `VariablesInAllowedPositionRule-test.ts` cases (v17 for `@oneOf`), with its
/// messages and locations.
@Suite struct VariablesInAllowedPositionRuleTests {
    let check = RuleTester(VariablesInAllowedPositionRule())

    // MARK: - Allowed

    @Test func acceptsBooleanIntoBoolean() throws {
        try check.valid("""
              query Query($booleanArg: Boolean)
              {
                complicatedArgs {
                  booleanArgField(booleanArg: $booleanArg)
                }
              }
        """)
    }

    @Test func acceptsBooleanIntoBooleanWithinFragments() throws {
        try check.valid("""
              fragment booleanArgFrag on ComplicatedArgs {
                booleanArgField(booleanArg: $booleanArg)
              }
              query Query($booleanArg: Boolean)
              {
                complicatedArgs {
                  ...booleanArgFrag
                }
              }
        """)
        try check.valid("""
              query Query($booleanArg: Boolean)
              {
                complicatedArgs {
                  ...booleanArgFrag
                }
              }
              fragment booleanArgFrag on ComplicatedArgs {
                booleanArgField(booleanArg: $booleanArg)
              }
        """)
    }

    @Test func acceptsNonNullBooleanIntoBoolean() throws {
        try check.valid("""
              query Query($nonNullBooleanArg: Boolean!)
              {
                complicatedArgs {
                  booleanArgField(booleanArg: $nonNullBooleanArg)
                }
              }
        """)
    }

    @Test func acceptsNonNullBooleanIntoBooleanWithinAFragment() throws {
        try check.valid("""
              fragment booleanArgFrag on ComplicatedArgs {
                booleanArgField(booleanArg: $nonNullBooleanArg)
              }

              query Query($nonNullBooleanArg: Boolean!)
              {
                complicatedArgs {
                  ...booleanArgFrag
                }
              }
        """)
    }

    @Test func acceptsListsOfTheSameOrStricterItems() throws {
        try check.valid("""
              query Query($stringListVar: [String])
              {
                complicatedArgs {
                  stringListArgField(stringListArg: $stringListVar)
                }
              }
        """)
        try check.valid("""
              query Query($stringListVar: [String!])
              {
                complicatedArgs {
                  stringListArgField(stringListArg: $stringListVar)
                }
              }
        """)
    }

    @Test func acceptsAStringInAnItemPosition() throws {
        try check.valid("""
              query Query($stringVar: String)
              {
                complicatedArgs {
                  stringListArgField(stringListArg: [$stringVar])
                }
              }
        """)
        try check.valid("""
              query Query($stringVar: String!)
              {
                complicatedArgs {
                  stringListArgField(stringListArg: [$stringVar])
                }
              }
        """)
    }

    @Test func acceptsAnInputObjectIntoItsType() throws {
        try check.valid("""
              query Query($complexVar: ComplexInput)
              {
                complicatedArgs {
                  complexArgField(complexArg: $complexVar)
                }
              }
        """)
    }

    @Test func acceptsAVariableInAnInputFieldPosition() throws {
        try check.valid("""
              query Query($boolVar: Boolean = false)
              {
                complicatedArgs {
                  complexArgField(complexArg: {requiredArg: $boolVar})
                }
              }
        """)
    }

    @Test func acceptsNonNullBooleanInADirective() throws {
        try check.valid("""
              query Query($boolVar: Boolean!)
              {
                dog @include(if: $boolVar)
              }
        """)
    }

    @Test func acceptsASubtypeOfNothingUnknown() throws {
        // Unknown variable types and undefined variables are other rules' to report.
        try check.valid("""
              query Query($unknown: Unknown)
              {
                complicatedArgs {
                  intArgField(intArg: $unknown)
                  stringArgField(stringArg: $undefined)
                }
              }
        """)
    }

    // MARK: - Refused

    @Test func rejectsIntIntoNonNullInt() throws {
        try check.errors("""
              query Query($intArg: Int) {
                complicatedArgs {
                  nonNullIntArgField(nonNullIntArg: $intArg)
                }
              }
        """, [ExpectedError(#"Variable "$intArg" of type "Int" used in position expecting type "Int!"."#, (2, 19), (4, 45))])
    }

    @Test func rejectsIntIntoNonNullIntWithinAFragment() throws {
        try check.errors("""
              fragment nonNullIntArgFieldFrag on ComplicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }

              query Query($intArg: Int) {
                complicatedArgs {
                  ...nonNullIntArgFieldFrag
                }
              }
        """, [ExpectedError(#"Variable "$intArg" of type "Int" used in position expecting type "Int!"."#, (6, 19), (3, 43))])
    }

    @Test func rejectsIntIntoNonNullIntWithinNestedFragments() throws {
        try check.errors("""
              fragment outerFrag on ComplicatedArgs {
                ...nonNullIntArgFieldFrag
              }

              fragment nonNullIntArgFieldFrag on ComplicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }

              query Query($intArg: Int) {
                complicatedArgs {
                  ...outerFrag
                }
              }
        """, [ExpectedError(#"Variable "$intArg" of type "Int" used in position expecting type "Int!"."#, (10, 19), (7, 43))])
    }

    @Test func rejectsStringOverBoolean() throws {
        try check.errors("""
              query Query($stringVar: String) {
                complicatedArgs {
                  booleanArgField(booleanArg: $stringVar)
                }
              }
        """, [ExpectedError(#"Variable "$stringVar" of type "String" used in position expecting type "Boolean"."#, (2, 19), (4, 39))])
    }

    @Test func rejectsStringIntoAList() throws {
        try check.errors("""
              query Query($stringVar: String) {
                complicatedArgs {
                  stringListArgField(stringListArg: $stringVar)
                }
              }
        """, [ExpectedError(#"Variable "$stringVar" of type "String" used in position expecting type "[String]"."#, (2, 19), (4, 45))])
    }

    @Test func rejectsBooleanIntoNonNullBooleanInADirective() throws {
        try check.errors("""
              query Query($boolVar: Boolean) {
                dog @include(if: $boolVar)
              }
        """, [ExpectedError(#"Variable "$boolVar" of type "Boolean" used in position expecting type "Boolean!"."#, (2, 19), (3, 26))])
    }

    @Test func rejectsStringIntoNonNullBooleanInADirective() throws {
        try check.errors("""
              query Query($stringVar: String) {
                dog @include(if: $stringVar)
              }
        """, [ExpectedError(#"Variable "$stringVar" of type "String" used in position expecting type "Boolean!"."#, (2, 19), (3, 26))])
    }

    @Test func rejectsAListOfNullableItemsIntoAListOfNonNullItems() throws {
        try check.errors("""
              query Query($stringListVar: [String])
              {
                complicatedArgs {
                  stringListNonNullArgField(stringListNonNullArg: $stringListVar)
                }
              }
        """, [ExpectedError(#"Variable "$stringListVar" of type "[String]" used in position expecting type "[String!]"."#, (2, 19), (5, 59))])
    }

    @Test func rejectsANullableItemInANonNullItemPosition() throws {
        try check.errors("""
              query Query($stringVar: String)
              {
                complicatedArgs {
                  stringListNonNullArgField(stringListNonNullArg: [$stringVar])
                }
              }
        """, [ExpectedError(#"Variable "$stringVar" of type "String" used in position expecting type "String!"."#, (2, 19), (5, 60))])
    }

    @Test func rejectsANullableVariableInARequiredInputField() throws {
        try check.errors("""
              query Query($boolVar: Boolean)
              {
                complicatedArgs {
                  complexArgField(complexArg: { requiredField: $boolVar })
                }
              }
        """, [ExpectedError(#"Variable "$boolVar" of type "Boolean" used in position expecting type "Boolean!"."#, (2, 19), (5, 56))])
    }

    @Test func judgesAFragmentInEachOperationThatSpreadsIt() throws {
        try check.errors("""
              query A($intArg: Int!) {
                complicatedArgs { ...frag }
              }
              query B($intArg: Int) {
                complicatedArgs { ...frag }
              }
              fragment frag on ComplicatedArgs {
                nonNullIntArgField(nonNullIntArg: $intArg)
              }
        """, [ExpectedError(#"Variable "$intArg" of type "Int" used in position expecting type "Int!"."#, (5, 15), (9, 43))])
    }

    // MARK: - Defaults

    @Test func rejectsANullableVariableWithANullDefault() throws {
        try check.errors("""
                query Query($intVar: Int = null) {
                  complicatedArgs {
                    nonNullIntArgField(nonNullIntArg: $intVar)
                  }
                }
        """, [ExpectedError(#"Variable "$intVar" of type "Int" used in position expecting type "Int!"."#, (2, 21), (4, 47))])
    }

    @Test func acceptsANullableVariableWithANonNullDefault() throws {
        try check.valid("""
                query Query($intVar: Int = 1) {
                  complicatedArgs {
                    nonNullIntArgField(nonNullIntArg: $intVar)
                  }
                }
        """)
    }

    @Test func acceptsANullableVariableWhereTheArgumentHasADefault() throws {
        try check.valid("""
                query Query($intVar: Int) {
                  complicatedArgs {
                    nonNullFieldWithDefault(arg: $intVar)
                  }
                }
        """)
    }

    @Test func acceptsANullableVariableWithADefaultInADirective() throws {
        try check.valid("""
                query Query($boolVar: Boolean = false) {
                  dog @include(if: $boolVar)
                }
        """)
    }

    @Test func acceptsANullableVariableWhereTheInputFieldHasADefault() throws {
        try check.valid("""
                query Query($boolVar: Boolean) {
                  complicatedArgs {
                    complexArgField(complexArg: { requiredField: true, nonNullField: $boolVar })
                  }
                }
        """)
    }

    @Test func stillRequiresACompatibleTypeWithADefault() throws {
        try check.errors("""
                query Query($stringVar: String = "a") {
                  complicatedArgs {
                    nonNullIntArgField(nonNullIntArg: $stringVar)
                  }
                }
        """, [ExpectedError(#"Variable "$stringVar" of type "String" used in position expecting type "Int!"."#, (2, 21), (4, 47))])
    }

    // MARK: - OneOf input objects

    @Test func acceptsANonNullVariableInAOneOfField() throws {
        try check.valid("""
                query ($string: String!) {
                  complicatedArgs {
                    oneOfArgField(oneOfArg: { stringField: $string })
                  }
                }
        """)
    }

    @Test func rejectsANullableVariableInAOneOfField() throws {
        try check.errors("""
                query ($string: String) {
                  complicatedArgs {
                    oneOfArgField(oneOfArg: { stringField: $string })
                  }
                }
        """, [
            ExpectedError(
                #"Variable "$string" is of type "String" but must be non-nullable to be used for OneOf Input Object "OneOfInput"."#,
                (2, 16), (4, 52)
            ),
        ])
    }

    @Test func rejectsANullableVariableInAOneOfFieldEvenWithADefault() throws {
        try check.errors("""
                query ($string: String = "abc") {
                  complicatedArgs {
                    oneOfArgField(oneOfArg: { stringField: $string })
                  }
                }
        """, [
            ExpectedError(
                #"Variable "$string" is of type "String" but must be non-nullable to be used for OneOf Input Object "OneOfInput"."#,
                (2, 16), (4, 52)
            ),
        ])
    }

    @Test func reportsANullableOneOfVariableOnceAmongAllRules() throws {
        // ValuesOfCorrectTypeRule leaves the variable to this rule, as graphql-js 17 does.
        let source = Source("""
        query ($string: String) {
          complicatedArgs {
            oneOfArgField(oneOfArg: { stringField: $string })
          }
        }
        """)
        let errors = Validator.validate(try Parser.parse(source), source: source, schema: TestSchema.standard)
        #expect(errors.map(ExpectedError.init) == [
            ExpectedError(
                #"Variable "$string" is of type "String" but must be non-nullable to be used for OneOf Input Object "OneOfInput"."#,
                (1, 8), (3, 44)
            ),
        ])
    }

    @Test func acceptsANullableVariableForTheWholeOneOfObject() throws {
        try check.valid("""
                query ($input: OneOfInput) {
                  complicatedArgs {
                    oneOfArgField(oneOfArg: $input)
                  }
                }
        """)
    }
}
