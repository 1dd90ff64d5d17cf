import GraphQL
import Testing

@Suite struct DirectiveDefinitionsRuleTests {
    let check = SDLRuleTester(DirectiveDefinitionsRule())

    @Test func acceptsDirectivesWithInputArguments() throws {
        try check.valid(
            """
            directive @tag(name: String!, scope: Scope = PUBLIC, with: TagInput) repeatable on OBJECT | FIELD_DEFINITION
            enum Scope { PUBLIC }
            input TagInput { a: Int @deprecated }
            """)
    }

    @Test func rejectsOutputTypesAsArgumentTypes() throws {
        try check.problems(
            "directive @d(x: Obj) on OBJECT\ntype Obj { a: Int }",
            [ExpectedProblem("The type of @d(x:) must be Input Type but got: Obj.", "1:14")])
    }

    @Test func rejectsADeprecatedRequiredArgument() throws {
        try check.problems(
            "directive @d(x: Int! @deprecated) on OBJECT",
            [ExpectedProblem("Required argument @d(x:) cannot be deprecated.", "1:22", "1:17")])
    }

    @Test func rejectsADirectiveAppliedToItsOwnArgument() throws {
        try check.problems(
            "directive @d(x: Int @d) on ARGUMENT_DEFINITION",
            [ExpectedProblem("Directive \"@d\" must not reference itself, but its definition uses it through @d(x:) → @d.", "1:12")])
    }

    @Test func rejectsADirectiveReachedThroughItsArgumentTypes() throws {
        try check.problems(
            """
            directive @tag(with: TagInput) on INPUT_FIELD_DEFINITION | ARGUMENT_DEFINITION
            input TagInput { inner: Inner }
            input Inner { a: Int @tag }
            """,
            [ExpectedProblem("Directive \"@tag\" must not reference itself, but its definition uses it through @tag(with:) → TagInput → TagInput.inner → Inner → Inner.a → @tag.", "1:12")])
    }

    @Test func rejectsUnknownLocations() {
        // The parser refuses these names, so the document is built in code.
        let directive = DirectiveDefinitionNode(name: Name("d"), locations: [Name("FIELD_DEFINITION"), Name("FIELDS")])
        #expect(SDLHarness.messages(DirectiveDefinitionsRule(), document: Document(definitions: [.directive(directive)])) == [
            "Directive \"@d\" has an unknown location \"FIELDS\"."
        ])
    }
}
