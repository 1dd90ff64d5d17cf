import GraphQL
import Testing

@Suite struct FieldsOnCorrectTypeRuleTests {
    /// graphql-js's schema for this rule: Pet, Dog, Cat, CatOrDog, Human, Query.
    static let schema = TestSchema.make(query: "Query", types: [
        TestSchema.interface("Pet", [TestSchema.field("name", "String")]),
        TestSchema.object("Dog", implements: ["Pet"], [
            TestSchema.field("name", "String"),
            TestSchema.field("nickname", "String"),
            TestSchema.field("barkVolume", "Int"),
        ]),
        TestSchema.object("Cat", implements: ["Pet"], [
            TestSchema.field("name", "String"),
            TestSchema.field("nickname", "String"),
            TestSchema.field("meowVolume", "Int"),
        ]),
        TestSchema.union("CatOrDog", ["Cat", "Dog"]),
        TestSchema.object("Human", [TestSchema.field("name", "String"), TestSchema.field("pets", "[Pet]")]),
        TestSchema.object("Query", [TestSchema.field("human", "Human")]),
    ])

    let check = RuleTester(FieldsOnCorrectTypeRule(), schema: schema)

    @Test func acceptsObjectFields() throws {
        try check.valid("""
              fragment objectFieldSelection on Dog {
                __typename
                name
              }
        """)
    }

    @Test func acceptsAliasedObjectFields() throws {
        try check.valid("""
              fragment aliasedObjectFieldSelection on Dog {
                tn : __typename
                otherName : name
              }
        """)
    }

    @Test func acceptsInterfaceFields() throws {
        try check.valid("""
              fragment interfaceFieldSelection on Pet {
                __typename
                name
              }
        """)
    }

    @Test func acceptsAliasedInterfaceFields() throws {
        try check.valid("""
              fragment interfaceFieldSelection on Pet {
                otherName : name
              }
        """)
    }

    @Test func acceptsALyingAlias() throws {
        try check.valid("""
              fragment lyingAliasSelection on Dog {
                name : nickname
              }
        """)
    }

    @Test func ignoresFieldsOnUnknownTypes() throws {
        try check.valid("""
              fragment unknownSelection on UnknownType {
                unknownField
              }
        """)
    }

    @Test func reportsAgainWhenTheTypeIsKnownAgain() throws {
        try check.errors("""
              fragment typeKnownAgain on Pet {
                unknown_pet_field {
                  ... on Cat {
                    unknown_cat_field
                  }
                }
              }
        """, [
            ExpectedError("Cannot query field \"unknown_pet_field\" on type \"Pet\".", (3, 9)),
            ExpectedError("Cannot query field \"unknown_cat_field\" on type \"Cat\".", (5, 13)),
        ])
    }

    @Test func suggestsASimilarField() throws {
        try check.errors("""
              fragment fieldNotDefined on Dog {
                meowVolume
              }
        """, [
            ExpectedError("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 9)),
        ])
    }

    @Test func ignoresFieldsUnderAnUnknownField() throws {
        try check.errors("""
              fragment deepFieldNotDefined on Dog {
                unknown_field {
                  deeper_unknown_field
                }
              }
        """, [
            ExpectedError("Cannot query field \"unknown_field\" on type \"Dog\".", (3, 9)),
        ])
    }

    @Test func rejectsAnUnknownSubField() throws {
        try check.errors("""
              fragment subFieldNotDefined on Human {
                pets {
                  unknown_field
                }
              }
        """, [
            ExpectedError("Cannot query field \"unknown_field\" on type \"Pet\".", (4, 11)),
        ])
    }

    @Test func rejectsAnUnknownFieldInAnInlineFragment() throws {
        try check.errors("""
              fragment fieldNotDefined on Pet {
                ... on Dog {
                  meowVolume
                }
              }
        """, [
            ExpectedError("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (4, 11)),
        ])
    }

    @Test func rejectsAnAliasedUnknownField() throws {
        try check.errors("""
              fragment aliasedFieldTargetNotDefined on Dog {
                volume : mooVolume
              }
        """, [
            ExpectedError("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 9)),
        ])
    }

    @Test func rejectsALyingAliasOfAnUnknownField() throws {
        try check.errors("""
              fragment aliasedLyingFieldTargetNotDefined on Dog {
                barkVolume : kawVolume
              }
        """, [
            ExpectedError("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 9)),
        ])
    }

    @Test func rejectsAFieldNoImplementationDefines() throws {
        try check.errors("""
              fragment notDefinedOnInterface on Pet {
                tailLength
              }
        """, [
            ExpectedError("Cannot query field \"tailLength\" on type \"Pet\".", (3, 9)),
        ])
    }

    @Test func suggestsImplementationsThatDefineTheField() throws {
        try check.errors("""
              fragment definedOnImplementorsButNotInterface on Pet {
                nickname
              }
        """, [
            ExpectedError("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (3, 9)),
        ])
    }

    @Test func acceptsTypenameOnAUnion() throws {
        try check.valid("""
              fragment directFieldSelectionOnUnion on CatOrDog {
                __typename
              }
        """)
    }

    @Test func rejectsADirectFieldOnAUnion() throws {
        try check.errors("""
              fragment directFieldSelectionOnUnion on CatOrDog {
                directField
              }
        """, [
            ExpectedError("Cannot query field \"directField\" on type \"CatOrDog\".", (3, 9)),
        ])
    }

    @Test func suggestsInterfacesAndMembersForAUnion() throws {
        try check.errors("""
              fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
                name
              }
        """, [
            ExpectedError("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", or \"Dog\"?", (3, 9)),
        ])
    }

    @Test func acceptsFieldsInInlineFragments() throws {
        try check.valid("""
              fragment objectFieldSelection on Pet {
                ... on Dog {
                  name
                }
                ... {
                  name
                }
              }
        """)
    }

    @Test func acceptsSchemaAndTypeOnTheQueryTypeOnly() throws {
        try check.valid("""
              { __schema { queryType { name } } __type(name: "Dog") { name } }
        """)
        try check.errors("""
              { human { __schema { queryType { name } } } }
        """, [
            ExpectedError("Cannot query field \"__schema\" on type \"Human\".", (2, 17)),
        ])
    }

    // MARK: - Messages

    private func message(_ schema: Schema, _ query: String) throws -> String? {
        let errors = try ValidationHarness.errors(FieldsOnCorrectTypeRule(), query, schema: schema)
        #expect(errors.count == 1)
        return errors.first?.message
    }

    private static func query(_ field: String, _ type: String) -> NamedType {
        TestSchema.object("Query", [TestSchema.field(field, type)])
    }

    @Test func saysNothingMoreWithoutSuggestions() throws {
        let schema = TestSchema.make(query: "Query", types: [
            TestSchema.object("T", [TestSchema.field("fieldWithVeryLongNameThatWillNeverBeSuggested", "String")]),
            Self.query("t", "T"),
        ])
        #expect(try message(schema, "{ t { f } }") == "Cannot query field \"f\" on type \"T\".")
    }

    @Test func suggestsAFewTypes() throws {
        let schema = TestSchema.make(query: "Query", types: [
            TestSchema.union("T", ["A", "B"]),
            Self.query("t", "T"),
            TestSchema.object("A", [TestSchema.field("f", "String")]),
            TestSchema.object("B", [TestSchema.field("f", "String")]),
        ])
        #expect(try message(schema, "{ t { f } }") == "Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\" or \"B\"?")
    }

    @Test func suggestsAFewFields() throws {
        let schema = TestSchema.make(query: "Query", types: [
            TestSchema.object("T", [TestSchema.field("y", "String"), TestSchema.field("z", "String")]),
            Self.query("t", "T"),
        ])
        #expect(try message(schema, "{ t { f } }") == "Cannot query field \"f\" on type \"T\". Did you mean \"y\" or \"z\"?")
    }

    @Test func prefersTypeSuggestionsToFieldSuggestions() throws {
        let fields = [TestSchema.field("y", "String"), TestSchema.field("z", "String")]
        let schema = TestSchema.make(query: "Query", types: [
            TestSchema.interface("T", fields),
            Self.query("t", "T"),
            TestSchema.object("A", implements: ["T"], [TestSchema.field("f", "String")] + fields),
            TestSchema.object("B", implements: ["T"], [TestSchema.field("f", "String")] + fields),
        ])
        #expect(try message(schema, "{ t { f } }") == "Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\" or \"B\"?")
    }

    @Test func sortsTypeSuggestionsSuperTypesFirst() throws {
        let fooBar = [TestSchema.field("foo", "String"), TestSchema.field("bar", "String")]
        let interfaceSchema = TestSchema.make(query: "Query", types: [
            TestSchema.interface("T", [TestSchema.field("bar", "String")]),
            Self.query("t", "T"),
            TestSchema.interface("Z", implements: ["T"], fooBar),
            TestSchema.interface("Y", implements: ["Z", "T"], fooBar),
            TestSchema.object("X", implements: ["Y", "Z", "T"], fooBar),
        ])
        #expect(try message(interfaceSchema, "{ t { foo } }") == "Cannot query field \"foo\" on type \"T\". Did you mean to use an inline fragment on \"Z\", \"Y\", or \"X\"?")

        let name = [TestSchema.field("name", "String")]
        let unionSchema = TestSchema.make(query: "Query", types: [
            TestSchema.interface("Animal", name),
            TestSchema.interface("Mammal", implements: ["Animal"], name),
            TestSchema.interface("Canine", implements: ["Animal", "Mammal"], name),
            TestSchema.object("Dog", implements: ["Animal", "Mammal", "Canine"], name),
            TestSchema.interface("Feline", implements: ["Animal", "Mammal"], name),
            TestSchema.object("Cat", implements: ["Animal", "Mammal", "Feline"], name),
            TestSchema.union("CatOrDog", ["Cat", "Dog"]),
            Self.query("catOrDog", "CatOrDog"),
        ])
        #expect(try message(unionSchema, "{ catOrDog { name } }") == "Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Animal\", \"Mammal\", \"Canine\", \"Dog\", or \"Feline\"?")
    }

    @Test func limitsTypeSuggestionsToFive() throws {
        let names = ["A", "B", "C", "D", "E", "F"]
        let schema = TestSchema.make(query: "Query", types: [
            TestSchema.union("T", names),
            Self.query("t", "T"),
        ] + names.map { TestSchema.object($0, [TestSchema.field("f", "String")]) })
        #expect(try message(schema, "{ t { f } }") == "Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\", \"B\", \"C\", \"D\", or \"E\"?")
    }

    @Test func limitsFieldSuggestionsToFive() throws {
        let schema = TestSchema.make(query: "Query", types: [
            TestSchema.object("T", ["u", "v", "w", "x", "y", "z"].map { TestSchema.field($0, "String") }),
            Self.query("t", "T"),
        ])
        #expect(try message(schema, "{ t { f } }") == "Cannot query field \"f\" on type \"T\". Did you mean \"u\", \"v\", \"w\", \"x\", or \"y\"?")
    }
}
