import GraphQL
import Testing

@Suite struct PossibleTypeExtensionsRuleTests {
    let check = SDLRuleTester(PossibleTypeExtensionsRule())

    @Test func acceptsExtensionsOfEachKind() throws {
        try check.valid(
            """
            scalar S
            type O { a: Int }
            interface I { a: Int }
            union U = O
            enum E { A }
            input In { a: Int }
            extend scalar S @specifiedBy(url: "https://example.com")
            extend type O { b: Int }
            extend interface I { b: Int }
            extend union U = O
            extend enum E { B }
            extend input In { b: Int }
            """)
    }

    @Test func acceptsAnExtensionInAnotherModule() throws {
        try check.valid("type Query { a: Int }", "extend type Query { b: Int }")
    }

    @Test func rejectsAnExtensionOfAnUnknownType() throws {
        try check.problems(
            """
            type Client { a: Int }
            extend type Clients { b: Int }
            extend type Unknown { b: Int }
            """,
            [
                ExpectedProblem("Cannot extend type \"Clients\" because it is not defined. Did you mean \"Client\"?", "2:13"),
                ExpectedProblem("Cannot extend type \"Unknown\" because it is not defined.", "3:13"),
            ])
    }

    @Test func rejectsAnExtensionOfAnotherKind() throws {
        try check.problems(
            """
            type Foo { a: Int }
            extend input Foo { b: Int }
            extend scalar Foo @specifiedBy(url: "x")
            """,
            [
                ExpectedProblem("Cannot extend non-input object type \"Foo\".", "1:1", "2:1"),
                ExpectedProblem("Cannot extend non-scalar type \"Foo\".", "1:1", "3:1"),
            ])
    }

    @Test func rejectsAnExtensionOfABuiltInType() throws {
        try check.problems("extend scalar Int @specifiedBy(url: \"x\")", [ExpectedProblem("Cannot extend built-in type \"Int\".", "1:15")])
    }
}
