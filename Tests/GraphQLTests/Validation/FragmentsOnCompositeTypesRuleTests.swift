import GraphQL
import Testing

@Suite struct FragmentsOnCompositeTypesRuleTests {
    let check = RuleTester(FragmentsOnCompositeTypesRule())

    @Test func acceptsAnObjectTypeCondition() throws {
        try check.valid("""
              fragment validFragment on Dog {
                barks
              }
        """)
    }

    @Test func acceptsAnInterfaceTypeCondition() throws {
        try check.valid("""
              fragment validFragment on Pet {
                name
              }
        """)
    }

    @Test func acceptsAnObjectInlineFragment() throws {
        try check.valid("""
              fragment validFragment on Pet {
                ... on Dog {
                  barks
                }
              }
        """)
    }

    @Test func acceptsAnInterfaceInlineFragment() throws {
        try check.valid("""
              fragment validFragment on Mammal {
                ... on Canine {
                  name
                }
              }
        """)
    }

    @Test func acceptsAnInlineFragmentWithoutTypeCondition() throws {
        try check.valid("""
              fragment validFragment on Pet {
                ... {
                  name
                }
              }
        """)
    }

    @Test func acceptsAUnionTypeCondition() throws {
        try check.valid("""
              fragment validFragment on CatOrDog {
                __typename
              }
        """)
    }

    @Test func ignoresUnknownTypes() throws {
        try check.valid("""
              fragment validFragment on Unknown {
                ... on AlsoUnknown { name }
              }
        """)
    }

    @Test func rejectsAScalarTypeCondition() throws {
        try check.errors("""
              fragment scalarFragment on Boolean {
                bad
              }
        """, [
            ExpectedError("Fragment \"scalarFragment\" cannot condition on non composite type \"Boolean\".", (2, 34)),
        ])
    }

    @Test func rejectsAnEnumTypeCondition() throws {
        try check.errors("""
              fragment scalarFragment on FurColor {
                bad
              }
        """, [
            ExpectedError("Fragment \"scalarFragment\" cannot condition on non composite type \"FurColor\".", (2, 34)),
        ])
    }

    @Test func rejectsAnInputObjectTypeCondition() throws {
        try check.errors("""
              fragment inputFragment on ComplexInput {
                stringField
              }
        """, [
            ExpectedError("Fragment \"inputFragment\" cannot condition on non composite type \"ComplexInput\".", (2, 33)),
        ])
    }

    @Test func rejectsAScalarInlineFragment() throws {
        try check.errors("""
              fragment invalidFragment on Pet {
                ... on String {
                  barks
                }
              }
        """, [
            ExpectedError("Fragment cannot condition on non composite type \"String\".", (3, 16)),
        ])
    }
}
