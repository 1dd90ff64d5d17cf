import GraphQL
import Testing

@Suite struct ValidatorTests {
    private func validate(_ text: String, rules: [any ValidationRule] = SpecifiedRules.all, maxErrors: Int = 100) throws -> [GraphQLError] {
        let source = Source(text)
        return Validator.validate(try Parser.parse(source), source: source, schema: TestSchema.standard, rules: rules, maxErrors: maxErrors)
    }

    @Test func acceptsAValidDocumentWithEveryRule() throws {
        let errors = try validate("""
            query Q($id: ID, $home: Boolean = true, $skip: Boolean!) {
              human(id: $id) { name(surname: true) pets { ...PetFields } relatives { name } }
              dog @skip(if: $skip) { ...DogFields isHouseTrained(atOtherHomes: $home) }
              complicatedArgs {
                complexArgField(complexArg: { requiredField: true, stringListField: ["a"] })
                oneOfArgField(oneOfArg: { intField: 3 })
                multipleReqs(req1: 1, req2: 2)
              }
              __typename
            }
            fragment PetFields on Pet { name ... on Dog { barks } ... on Cat { meows } }
            fragment DogFields on Dog { nickname mother { name } }
            """)
        #expect(errors == [])
    }

    @Test func reportsErrorsWithTheValidationCode() throws {
        let errors = try validate("{ unknown }")
        #expect(errors.map(\.message) == ["Cannot query field \"unknown\" on type \"QueryRoot\"."])
        #expect(errors.map(\.code) == [.validationFailed])
        #expect(errors.map(\.locations) == [[SourceLocation(line: 1, column: 3)]])
    }

    @Test func stopsAtTheErrorLimit() throws {
        let errors = try validate("{ a b c d e f }", maxErrors: 3)
        #expect(errors.count == 4)
        #expect(errors.prefix(3).map(\.message) == ["a", "b", "c"].map { "Cannot query field \"\($0)\" on type \"QueryRoot\"." })
        #expect(errors.last?.message == "Too many validation errors, error limit reached. Validation aborted.")
        #expect(errors.last?.locations == [])
        #expect(errors.last?.code == .validationFailed)
    }

    @Test func reportsExactlyTheLimitWithoutAborting() throws {
        let errors = try validate("{ a b c }", maxErrors: 3)
        #expect(errors.count == 3)
    }

    @Test func interleavesRulesInDocumentOrder() throws {
        // One walk: each node's errors come out when it is reached, rules in the specified order.
        let errors = try validate("""
            query Q($unused: Int) {
              dog { unknownA }
              cat @unknown { meows(loud: true) }
            }
            """)
        #expect(errors.map(\.message) == [
            "Cannot query field \"unknownA\" on type \"Dog\".",
            "Unknown directive \"@unknown\".",
            "Unknown argument \"loud\" on field \"Cat.meows\".",
            "Variable \"$unused\" is never used in operation \"Q\".",
        ])
    }

    @Test func doesNotKeepRuleStateFromOneDocumentToTheNext() throws {
        let rules: [any ValidationRule] = [UniqueOperationNamesRule()]
        for _ in 0..<2 {
            #expect(try validate("query A { dog { name } }", rules: rules) == [])
        }
        #expect(try validate("query A { a } query A { b }", rules: rules).count == 1)
    }

    @Test func agreesWithAPrebuiltIndex() throws {
        let text = "{ dog { unknown } cat { name(surname: 1, surname: 2) } }"
        let source = Source(text)
        let document = try Parser.parse(source)
        let index = SchemaIndex(TestSchema.standard)
        let viaIndex = Validator.validate(document, source: source, index: index)
        let viaSchema = Validator.validate(document, source: source, schema: TestSchema.standard)
        #expect(viaIndex == viaSchema)
        #expect(viaIndex.count == 4)
    }

    @Test func countsColumnsInUTF16UnitsAndLinesAfterCRLF() throws {
        let errors = try validate("{\r\n  dog { name(surname: \"😀é\") unknown }\r\n}", rules: [FieldsOnCorrectTypeRule()])
        #expect(errors.map(\.locations) == [[SourceLocation(line: 2, column: 30)]])
    }

    @Test func listsEverySpecifiedRuleOnceInGraphQLJSOrder() {
        let names = SpecifiedRules.all.map { String(describing: type(of: $0)) }
        #expect(names == [
            "ExecutableDefinitionsRule",
            "KnownOperationTypesRule",
            "UniqueOperationNamesRule",
            "LoneAnonymousOperationRule",
            "SingleFieldSubscriptionsRule",
            "KnownTypeNamesRule",
            "FragmentsOnCompositeTypesRule",
            "VariablesAreInputTypesRule",
            "ScalarLeafsRule",
            "FieldsOnCorrectTypeRule",
            "UniqueFragmentNamesRule",
            "KnownFragmentNamesRule",
            "NoUnusedFragmentsRule",
            "PossibleFragmentSpreadsRule",
            "NoFragmentCyclesRule",
            "UniqueVariableNamesRule",
            "NoUndefinedVariablesRule",
            "NoUnusedVariablesRule",
            "KnownDirectivesRule",
            "UniqueDirectivesPerLocationRule",
            "KnownArgumentNamesRule",
            "UniqueArgumentNamesRule",
            "ValuesOfCorrectTypeRule",
            "ProvidedRequiredArgumentsRule",
            "VariablesInAllowedPositionRule",
            "OverlappingFieldsCanBeMergedRule",
            "UniqueInputFieldNamesRule",
        ])
    }

    @Test func reportsTypeSystemDefinitionsAndValidatesTheRest() throws {
        let errors = try validate("""
            type Extra { field: String }
            { dog { name } }
            """)
        #expect(errors.map(\.message) == ["The \"Extra\" definition is not executable."])
    }
}
