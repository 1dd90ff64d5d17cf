import GraphQL
import Testing

/// graphql-js's `OverlappingFieldsCanBeMergedRule-test.ts` cases, with their messages and
/// locations, run both as the rule runs by default and with the whole-group merge check forced
/// on for every group (it must never change what is reported).
@Suite struct OverlappingFieldsCanBeMergedRuleTests {
    let check = RuleTester(OverlappingFieldsCanBeMergedRule())
    let checkMerging = RuleTester(OverlappingFieldsCanBeMergedRule(mergeCheckThreshold: -1))

    /// graphql-js's message for a conflict on `responseName` because of `reason`.
    static func conflict(_ responseName: String, _ reason: String) -> String {
        "Fields \"\(responseName)\" conflict because \(reason). Use different aliases on the fields to fetch both if this was intentional."
    }

    func valid(_ query: String, schema: Schema? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try check.valid(query, schema: schema, sourceLocation: sourceLocation)
        try checkMerging.valid(query, schema: schema, sourceLocation: sourceLocation)
    }

    func errors(_ query: String, _ expected: [ExpectedError], schema: Schema? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try check.errors(query, expected, schema: schema, sourceLocation: sourceLocation)
        try checkMerging.errors(query, expected, schema: schema, sourceLocation: sourceLocation)
    }

    // MARK: - Same response name, same parent

    @Test func acceptsUniqueFields() throws {
        try valid("""
              fragment uniqueFields on Dog {
                name
                nickname
              }
        """)
    }

    @Test func acceptsIdenticalFields() throws {
        try valid("""
              fragment mergeIdenticalFields on Dog {
                name
                name
              }
        """)
    }

    @Test func acceptsIdenticalFieldsWithIdenticalArguments() throws {
        try valid("""
              fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
                doesKnowCommand(dogCommand: SIT)
                doesKnowCommand(dogCommand: SIT)
              }
        """)
    }

    @Test func acceptsIdenticalFieldsWithIdenticalDirectives() throws {
        try valid("""
              fragment mergeSameFieldsWithSameDirectives on Dog {
                name @include(if: true)
                name @include(if: true)
              }
        """)
    }

    @Test func acceptsDifferentArgumentsWithDifferentAliases() throws {
        try valid("""
              fragment differentArgsWithDifferentAliases on Dog {
                knowsSit: doesKnowCommand(dogCommand: SIT)
                knowsDown: doesKnowCommand(dogCommand: DOWN)
              }
        """)
    }

    @Test func acceptsDifferentDirectivesWithDifferentAliases() throws {
        try valid("""
              fragment differentDirectivesWithDifferentAliases on Dog {
                nameIfTrue: name @include(if: true)
                nameIfFalse: name @include(if: false)
              }
        """)
    }

    @Test func acceptsDifferentSkipAndIncludeDirectives() throws {
        // Directives are not compared: @skip and @include choose at execution.
        try valid("""
              fragment differentDirectivesWithDifferentAliases on Dog {
                name @include(if: true)
                name @include(if: false)
              }
        """)
    }

    @Test func rejectsSameAliasWithDifferentFieldTargets() throws {
        try errors("""
              fragment sameAliasesWithDifferentFieldTargets on Dog {
                fido: name
                fido: nickname
              }
        """, [
            ExpectedError(Self.conflict("fido", #""name" and "nickname" are different fields"#), (3, 9), (4, 9)),
        ])
    }

    @Test func acceptsSameAliasOnNonOverlappingFields() throws {
        try valid("""
              fragment sameAliasesWithDifferentFieldTargets on Pet {
                ... on Dog {
                  name
                }
                ... on Cat {
                  name: nickname
                }
              }
        """)
    }

    @Test func rejectsAliasMaskingDirectFieldAccess() throws {
        try errors("""
              fragment aliasMaskingDirectFieldAccess on Dog {
                name: nickname
                name
              }
        """, [
            ExpectedError(Self.conflict("name", #""nickname" and "name" are different fields"#), (3, 9), (4, 9)),
        ])
    }

    @Test func rejectsDifferentArgumentsWhenTheSecondAddsOne() throws {
        try errors("""
              fragment conflictingArgs on Dog {
                doesKnowCommand
                doesKnowCommand(dogCommand: HEEL)
              }
        """, [
            ExpectedError(Self.conflict("doesKnowCommand", "they have differing arguments"), (3, 9), (4, 9)),
        ])
    }

    @Test func rejectsDifferentArgumentsWhenTheSecondLacksOne() throws {
        try errors("""
              fragment conflictingArgs on Dog {
                doesKnowCommand(dogCommand: SIT)
                doesKnowCommand
              }
        """, [
            ExpectedError(Self.conflict("doesKnowCommand", "they have differing arguments"), (3, 9), (4, 9)),
        ])
    }

    @Test func rejectsConflictingArgumentValues() throws {
        try errors("""
              fragment conflictingArgs on Dog {
                doesKnowCommand(dogCommand: SIT)
                doesKnowCommand(dogCommand: HEEL)
              }
        """, [
            ExpectedError(Self.conflict("doesKnowCommand", "they have differing arguments"), (3, 9), (4, 9)),
        ])
    }

    @Test func rejectsConflictingArgumentNames() throws {
        try errors("""
              fragment conflictingArgs on Dog {
                isAtLocation(x: 0)
                isAtLocation(y: 0)
              }
        """, [
            ExpectedError(Self.conflict("isAtLocation", "they have differing arguments"), (3, 9), (4, 9)),
        ])
    }

    @Test func rejectsAVariableAgainstALiteral() throws {
        try errors("""
              query ($command: DogCommand) {
                dog {
                  doesKnowCommand(dogCommand: $command)
                  doesKnowCommand(dogCommand: SIT)
                }
              }
        """, [
            ExpectedError(Self.conflict("doesKnowCommand", "they have differing arguments"), (4, 11), (5, 11)),
        ])
    }

    @Test func acceptsDifferentArgumentsWhereNoConflictIsPossible() throws {
        try valid("""
              fragment conflictingArgs on Pet {
                ... on Dog {
                  name(surname: true)
                }
                ... on Cat {
                  name
                }
              }
        """)
    }

    @Test func acceptsArgumentsInADifferentOrder() throws {
        let schema = TestSchema.make(query: "Query", types: [
            TestSchema.object("Query", [TestSchema.field("someField", "String", args: [TestSchema.arg("a", "String"), TestSchema.arg("b", "String")])]),
        ])
        try valid("""
              {
                someField(a: null, b: null)
                someField(b: null, a: null)
              }
        """, schema: schema)
    }

    @Test func acceptsInputObjectFieldsInADifferentOrder() throws {
        let schema = TestSchema.make(query: "Query", types: [
            TestSchema.input("SomeInput", [TestSchema.arg("a", "String"), TestSchema.arg("b", "String")]),
            TestSchema.object("Query", [TestSchema.field("someField", "String", args: [TestSchema.arg("arg", "SomeInput")])]),
        ])
        try valid("""
              {
                someField(arg: { a: null, b: null })
                someField(arg: { b: null, a: null })
              }
        """, schema: schema)
    }

    @Test func rejectsDifferingValuesInsideInputObjects() throws {
        let schema = TestSchema.make(query: "Query", types: [
            TestSchema.input("SomeInput", [TestSchema.arg("a", "String"), TestSchema.arg("b", "[Int]")]),
            TestSchema.object("Query", [TestSchema.field("someField", "String", args: [TestSchema.arg("arg", "SomeInput")])]),
        ])
        try errors("""
              {
                someField(arg: { a: "x", b: [1, 2] })
                someField(arg: { b: [1, 2.0], a: "x" })
              }
        """, [
            ExpectedError(Self.conflict("someField", "they have differing arguments"), (3, 9), (4, 9)),
        ], schema: schema)
    }

    // MARK: - Fragments

    @Test func rejectsAConflictBetweenFragments() throws {
        try errors("""
              {
                ...A
                ...B
              }
              fragment A on Type {
                x: a
              }
              fragment B on Type {
                x: b
              }
        """, [
            ExpectedError(Self.conflict("x", #""a" and "b" are different fields"#), (7, 9), (10, 9)),
        ])
    }

    @Test func reportsEachConflictOnce() throws {
        try errors("""
              {
                f1 {
                  ...A
                  ...B
                }
                f2 {
                  ...B
                  ...A
                }
                f3 {
                  ...A
                  ...B
                  x: c
                }
              }
              fragment A on Type {
                x: a
              }
              fragment B on Type {
                x: b
              }
        """, [
            ExpectedError(Self.conflict("x", #""a" and "b" are different fields"#), (18, 9), (21, 9)),
            ExpectedError(Self.conflict("x", #""c" and "a" are different fields"#), (14, 11), (18, 9)),
            ExpectedError(Self.conflict("x", #""c" and "b" are different fields"#), (14, 11), (21, 9)),
        ])
    }

    @Test func rejectsADeepConflict() throws {
        try errors("""
              {
                field {
                  x: a
                },
                field {
                  x: b
                }
              }
        """, [
            ExpectedError(
                Self.conflict("field", #"subfields "x" conflict because "a" and "b" are different fields"#),
                (3, 9), (4, 11), (6, 9), (7, 11)
            ),
        ])
    }

    @Test func rejectsADeepConflictWithMultipleIssues() throws {
        try errors("""
              {
                field {
                  x: a
                  y: c
                },
                field {
                  x: b
                  y: d
                }
              }
        """, [
            ExpectedError(
                Self.conflict(
                    "field",
                    #"subfields "x" conflict because "a" and "b" are different fields and subfields "y" conflict because "c" and "d" are different fields"#
                ),
                (3, 9), (4, 11), (5, 11), (7, 9), (8, 11), (9, 11)
            ),
        ])
    }

    @Test func rejectsAVeryDeepConflict() throws {
        try errors("""
              {
                field {
                  deepField {
                    x: a
                  }
                },
                field {
                  deepField {
                    x: b
                  }
                }
              }
        """, [
            ExpectedError(
                Self.conflict("field", #"subfields "deepField" conflict because subfields "x" conflict because "a" and "b" are different fields"#),
                (3, 9), (4, 11), (5, 13), (8, 9), (9, 11), (10, 13)
            ),
        ])
    }

    @Test func reportsADeepConflictAtTheNearestCommonAncestor() throws {
        try errors("""
              {
                field {
                  deepField {
                    x: a
                  }
                  deepField {
                    x: b
                  }
                },
                field {
                  deepField {
                    y
                  }
                }
              }
        """, [
            ExpectedError(
                Self.conflict("deepField", #"subfields "x" conflict because "a" and "b" are different fields"#),
                (4, 11), (5, 13), (7, 11), (8, 13)
            ),
        ])
    }

    @Test func reportsADeepConflictAtTheNearestCommonAncestorInFragments() throws {
        try errors("""
              {
                field {
                  ...F
                }
                field {
                  ...F
                }
              }
              fragment F on T {
                deepField {
                  deeperField {
                    x: a
                  }
                  deeperField {
                    x: b
                  }
                },
                deepField {
                  deeperField {
                    y
                  }
                }
              }
        """, [
            ExpectedError(
                Self.conflict("deeperField", #"subfields "x" conflict because "a" and "b" are different fields"#),
                (12, 11), (13, 13), (15, 11), (16, 13)
            ),
        ])
    }

    @Test func reportsADeepConflictInNestedFragments() throws {
        try errors("""
              {
                field {
                  ...F
                },
                field {
                  ...I
                }
              }
              fragment F on T {
                x: a
                ...G
              }
              fragment G on T {
                y: c
              }
              fragment I on T {
                y: d
                ...J
              }
              fragment J on T {
                x: b
              }
        """, [
            ExpectedError(
                Self.conflict(
                    "field",
                    #"subfields "x" conflict because "a" and "b" are different fields and subfields "y" conflict because "c" and "d" are different fields"#
                ),
                (3, 9), (11, 9), (15, 9), (6, 9), (22, 9), (18, 9)
            ),
        ])
    }

    @Test func ignoresUnknownFragments() throws {
        try valid("""
              {
                field
                ...Unknown
                ...Known
              }

              fragment Known on T {
                field
                ...OtherUnknown
              }
        """)
    }

    @Test func reportsAConflictInsideIdenticalRepeatedFieldsOnTheirPairToo() throws {
        // graphql-js compares the two `a` and finds their subfields in conflict, besides the
        // conflict inside each `a`.
        try errors("""
              {
                a { x: b x: c }
                a { x: b x: c }
              }
        """, [
            ExpectedError(
                Self.conflict("a", #"subfields "x" conflict because "b" and "c" are different fields and subfields "x" conflict because "c" and "b" are different fields"#),
                (3, 9), (3, 13), (3, 18), (4, 9), (4, 18), (4, 13)
            ),
            ExpectedError(Self.conflict("x", #""b" and "c" are different fields"#), (3, 13), (3, 18)),
            ExpectedError(Self.conflict("x", #""b" and "c" are different fields"#), (4, 13), (4, 18)),
        ])
    }

    // MARK: - Recursive fragments

    @Test func doesNotLoopOnARecursiveFragment() throws {
        try valid("""
              fragment fragA on Human { name, relatives { name, ...fragA } }
        """)
    }

    @Test func doesNotLoopOnAnImmediatelyRecursiveFragment() throws {
        try valid("""
              fragment fragA on Human { name, ...fragA }
        """)
    }

    @Test func doesNotLoopOnATransitivelyRecursiveFragment() throws {
        try valid("""
              fragment fragA on Human { name, ...fragB }
              fragment fragB on Human { name, ...fragC }
              fragment fragC on Human { name, ...fragA }
        """)
    }

    @Test func doesNotLoopOnRecursiveFragmentsSeparatedByFields() throws {
        try valid("""
              {
                ...fragA
                ...fragB
              }

              fragment fragA on T {
                x {
                  ...fragA
                  x {
                    ...fragA
                  }
                }
              }

              fragment fragB on T {
                x {
                  ...fragB
                  x {
                    ...fragB
                  }
                }
              }
        """)
    }

    @Test func findsAConflictDespiteAnImmediatelyRecursiveFragment() throws {
        try errors("""
              fragment sameAliasesWithDifferentFieldTargets on Dog {
                ...sameAliasesWithDifferentFieldTargets
                fido: name
                fido: nickname
              }
        """, [
            ExpectedError(Self.conflict("fido", #""name" and "nickname" are different fields"#), (4, 9), (5, 9)),
        ])
    }

    @Test func findsAConflictThroughARecursiveFragment() throws {
        try errors("""
              fragment fragA on Human {
                name
                ...fragB
              }
              fragment fragB on Human {
                name: iq
                ...fragA
              }
        """, [
            ExpectedError(Self.conflict("name", #""name" and "iq" are different fields"#), (3, 9), (7, 9)),
            ExpectedError(Self.conflict("name", #""iq" and "name" are different fields"#), (7, 9), (3, 9)),
        ])
    }
}
