import GraphQL
import Testing

@Suite struct InterfaceImplementationsRuleTests {
    let check = SDLRuleTester(InterfaceImplementationsRule())

    @Test func acceptsCovariantFieldsAndExtraOptionalArguments() throws {
        try check.valid(
            """
            interface Node { id: ID! related(first: Int): Node }
            interface Named implements Node { id: ID! related(first: Int): Node name: String }
            type Client implements Node & Named {
              id: ID!
              related(first: Int, after: String, order: Int! = 1): Client!
              name: String!
            }
            type Query { node: Node }
            """)
    }

    @Test func acceptsInterfacesAddedByAnExtensionInAnotherModule() throws {
        try check.valid("interface Node { id: ID! } type Client { id: ID! }", "extend type Client implements Node")
    }

    @Test func rejectsImplementingANonInterface() throws {
        try check.problems(
            "type Client implements Other { a: Int }\ntype Other { a: Int }",
            [ExpectedProblem("Type Client must only implement Interface types, it cannot implement Other.", "1:24")])
    }

    @Test func rejectsSelfAndRepeatedImplementation() throws {
        try check.problems(
            "interface I implements I { a: Int }\ninterface J { a: Int }\ntype T implements J & J { a: Int }",
            [
                ExpectedProblem("Type I cannot implement itself because it would create a circular reference.", "1:24"),
                ExpectedProblem("Type T can only implement J once.", "3:19", "3:23"),
            ])
    }

    @Test func requiresTransitiveInterfaces() throws {
        try check.problems(
            """
            interface Node { id: ID! }
            interface Resource implements Node { id: ID! }
            type File implements Resource { id: ID! }
            """,
            [ExpectedProblem("Type File must implement Node because it is implemented by Resource.", "2:31", "3:22")])
    }

    @Test func rejectsCircularInterfaces() throws {
        try check.problems(
            "interface A implements B { a: Int }\ninterface B implements A { a: Int }",
            [
                ExpectedProblem("Type A cannot implement B because it would create a circular reference.", "2:24", "1:24"),
                ExpectedProblem("Type B cannot implement A because it would create a circular reference.", "1:24", "2:24"),
            ])
    }

    @Test func requiresEveryInterfaceField() throws {
        try check.problems(
            """
            interface Node {
              id: ID!
            }
            type Client implements Node { name: String }
            extend type Client { email: String }
            """,
            [ExpectedProblem("Interface field Node.id expected but Client does not provide it.", "2:3", "4:1", "5:1")])
    }

    @Test func requiresCovariantFieldTypes() throws {
        try check.problems(
            """
            interface Node { id: ID! parent: Node }
            type Client implements Node { id: ID parent: Other }
            type Other { a: Int }
            """,
            [
                ExpectedProblem("Interface field Node.id expects type ID! but Client.id is type ID.", "1:22", "2:35"),
                ExpectedProblem("Interface field Node.parent expects type Node but Client.parent is type Other.", "1:34", "2:46"),
            ])
    }

    @Test func requiresTheInterfaceArgumentsWithTheSameTypes() throws {
        try check.problems(
            """
            interface I { a(x: Int, y: String): Int }
            type T implements I {
              a(x: Int!, z: Int!): Int
            }
            """,
            [
                ExpectedProblem("Interface field argument I.a(x:) expects type Int but T.a(x:) is type Int!.", "1:20", "3:8"),
                ExpectedProblem("Interface field argument I.a(y:) expected but T.a does not provide it.", "1:25", "3:3"),
                ExpectedProblem("Object field T.a includes required argument z that is missing from the Interface field I.a.", "3:14", "1:15"),
            ])
    }
}
