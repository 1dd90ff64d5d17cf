import GraphQL
import Testing

@Suite struct UniqueDirectivesPerLocationRuleTests {
    /// The standard schema's types with graphql-js's directives for this rule.
    static let schema = TestSchema.make(
        query: "QueryRoot",
        types: [TestSchema.object("QueryRoot", [TestSchema.field("field", "String")])],
        directives: [
            TestSchema.directive("directive", [.field, .fragmentDefinition]),
            TestSchema.directive("directiveA", [.field, .fragmentDefinition]),
            TestSchema.directive("directiveB", [.field, .fragmentDefinition]),
            TestSchema.directive("repeatable", [.field, .fragmentDefinition], repeatable: true),
        ]
    )

    let check = RuleTester(UniqueDirectivesPerLocationRule(), schema: schema)

    @Test(arguments: [
        // no directives
        """
              fragment Test on Type {
                field
              }
        """,
        // different directives in different locations
        """
              fragment Test on Type @directiveA {
                field @directiveB
              }
        """,
        // different directives in the same location
        """
              fragment Test on Type @directiveA @directiveB {
                field @directiveA @directiveB
              }
        """,
        // the same directive in different locations
        """
              fragment Test on Type @directiveA {
                field @directiveA
              }
        """,
        // the same directive on two fields
        """
              fragment Test on Type {
                field @directive
                field @directive
              }
        """,
        // a repeatable directive
        """
              fragment Test on Type @repeatable @repeatable {
                field @repeatable @repeatable
              }
        """,
        // unknown directives
        """
              fragment Test on Type @unknown @unknown {
                field @unknown @unknown
              }
        """,
    ])
    func acceptsUniqueOrRepeatableDirectives(query: String) throws {
        try check.valid(query)
    }

    @Test func rejectsADuplicateDirective() throws {
        try check.errors("""
              fragment Test on Type {
                field @directive @directive
              }
        """, [
            ExpectedError("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)),
        ])
    }

    @Test func reportsEachRepetitionAgainstTheFirst() throws {
        try check.errors("""
              fragment Test on Type {
                field @directive @directive @directive
              }
        """, [
            ExpectedError("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)),
            ExpectedError("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 37)),
        ])
    }

    @Test func reportsEachDuplicatedDirective() throws {
        try check.errors("""
              fragment Test on Type {
                field @directiveA @directiveB @directiveA @directiveB
              }
        """, [
            ExpectedError("The directive \"@directiveA\" can only be used once at this location.", (3, 15), (3, 39)),
            ExpectedError("The directive \"@directiveB\" can only be used once at this location.", (3, 27), (3, 51)),
        ])
    }

    @Test func reportsDuplicatesInEachLocation() throws {
        try check.errors("""
              fragment Test on Type @directive @directive {
                field @directive @directive
              }
        """, [
            ExpectedError("The directive \"@directive\" can only be used once at this location.", (2, 29), (2, 40)),
            ExpectedError("The directive \"@directive\" can only be used once at this location.", (3, 15), (3, 26)),
        ])
    }

    @Test func checksOperationsVariablesSpreadsAndInlineFragments() throws {
        let check = RuleTester(UniqueDirectivesPerLocationRule())
        try check.errors("""
              query Q($v: Int @onVariableDefinition @onVariableDefinition) @onQuery @onQuery {
                ...F @skip(if: true) @skip(if: true)
                ... @include(if: true) @include(if: true) { dog { name } }
              }
        """, [
            ExpectedError("The directive \"@onQuery\" can only be used once at this location.", (2, 68), (2, 77)),
            ExpectedError("The directive \"@onVariableDefinition\" can only be used once at this location.", (2, 23), (2, 45)),
            ExpectedError("The directive \"@skip\" can only be used once at this location.", (3, 14), (3, 30)),
            ExpectedError("The directive \"@include\" can only be used once at this location.", (4, 13), (4, 32)),
        ])
    }
}
