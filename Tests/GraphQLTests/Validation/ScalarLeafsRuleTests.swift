import GraphQL
import Testing

@Suite struct ScalarLeafsRuleTests {
    let check = RuleTester(ScalarLeafsRule())

    @Test func acceptsAScalarWithoutSelection() throws {
        try check.valid("""
              fragment scalarSelection on Dog {
                barks
              }
        """)
    }

    @Test func rejectsAnObjectFieldWithoutSelection() throws {
        try check.errors("""
              query directQueryOnObjectWithoutSubFields {
                human
              }
        """, [
            ExpectedError("Field \"human\" of type \"Human\" must have a selection of subfields. Did you mean \"human { ... }\"?", (3, 9)),
        ])
    }

    @Test func rejectsAnObjectFieldWithAnEmptySelection() {
        // The parser never makes an empty selection set; a document built in code can.
        let document = Document(definitions: [
            .operation(OperationDefinition(
                operation: .query,
                selectionSet: SelectionSet(selections: [
                    .field(Field(name: Name("human"), selectionSet: SelectionSet(selections: []))),
                ])
            )),
        ])
        let errors = Validator.validate(document, source: Source(""), schema: TestSchema.standard, rules: [ScalarLeafsRule()])
        #expect(errors.map(\.message) == ["Field \"human\" of type \"Human\" must have at least one field selected."])
    }

    @Test func rejectsAListOfInterfacesWithoutSelection() throws {
        try check.errors("""
              {
                human { pets }
              }
        """, [
            ExpectedError("Field \"pets\" of type \"[Pet]\" must have a selection of subfields. Did you mean \"pets { ... }\"?", (3, 17)),
        ])
    }

    @Test func acceptsAScalarWithArguments() throws {
        try check.valid("""
              fragment scalarSelectionWithArgs on Dog {
                doesKnowCommand(dogCommand: SIT)
              }
        """)
    }

    @Test func rejectsASelectionOnABoolean() throws {
        try check.errors("""
              fragment scalarSelectionsNotAllowedOnBoolean on Dog {
                barks { sinceWhen }
              }
        """, [
            ExpectedError("Field \"barks\" must not have a selection since type \"Boolean\" has no subfields.", (3, 15)),
        ])
    }

    @Test func rejectsASelectionOnAnEnum() throws {
        try check.errors("""
              fragment scalarSelectionsNotAllowedOnEnum on Cat {
                furColor { inHexDec }
              }
        """, [
            ExpectedError("Field \"furColor\" must not have a selection since type \"FurColor\" has no subfields.", (3, 18)),
        ])
    }

    @Test func rejectsASelectionOnAScalarWithArguments() throws {
        try check.errors("""
              fragment scalarSelectionsNotAllowedWithArgs on Dog {
                doesKnowCommand(dogCommand: SIT) { sinceWhen }
              }
        """, [
            ExpectedError("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (3, 42)),
        ])
    }

    @Test func rejectsASelectionOnAScalarWithDirectives() throws {
        try check.errors("""
              fragment scalarSelectionsNotAllowedWithDirectives on Dog {
                name @include(if: true) { isAlsoHumanName }
              }
        """, [
            ExpectedError("Field \"name\" must not have a selection since type \"String\" has no subfields.", (3, 33)),
        ])
    }

    @Test func rejectsASelectionOnAScalarWithDirectivesAndArguments() throws {
        try check.errors("""
              fragment scalarSelectionsNotAllowedWithDirectivesAndArgs on Dog {
                doesKnowCommand(dogCommand: SIT) @include(if: true) { sinceWhen }
              }
        """, [
            ExpectedError("Field \"doesKnowCommand\" must not have a selection since type \"Boolean\" has no subfields.", (3, 61)),
        ])
    }

    @Test func ignoresUnknownFields() throws {
        try check.valid("""
              { unknownField { anything } }
        """)
    }
}
