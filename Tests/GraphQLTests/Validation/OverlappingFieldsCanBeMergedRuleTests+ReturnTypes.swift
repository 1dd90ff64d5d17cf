import GraphQL
import Testing

/// graphql-js's "return types must be unambiguous" cases, on its schema of boxes.
extension OverlappingFieldsCanBeMergedRuleTests {
    static let boxSchema: Schema = {
        typealias T = TestSchema
        return T.make(query: "Query", types: [
            T.interface("SomeBox", [T.field("deepBox", "SomeBox"), T.field("unrelatedField", "String")]),
            T.object("StringBox", implements: ["SomeBox"], [
                T.field("scalar", "String"),
                T.field("deepBox", "StringBox"),
                T.field("unrelatedField", "String"),
                T.field("listStringBox", "[StringBox]"),
                T.field("stringBox", "StringBox"),
                T.field("intBox", "IntBox"),
            ]),
            T.object("IntBox", implements: ["SomeBox"], [
                T.field("scalar", "Int"),
                T.field("deepBox", "IntBox"),
                T.field("unrelatedField", "String"),
                T.field("listStringBox", "[StringBox]"),
                T.field("stringBox", "StringBox"),
                T.field("intBox", "IntBox"),
            ]),
            T.interface("NonNullStringBox1", [T.field("scalar", "String!")]),
            T.object("NonNullStringBox1Impl", implements: ["SomeBox", "NonNullStringBox1"], [
                T.field("scalar", "String!"),
                T.field("unrelatedField", "String"),
                T.field("deepBox", "SomeBox"),
            ]),
            T.interface("NonNullStringBox2", [T.field("scalar", "String!")]),
            T.object("NonNullStringBox2Impl", implements: ["SomeBox", "NonNullStringBox2"], [
                T.field("scalar", "String!"),
                T.field("unrelatedField", "String"),
                T.field("deepBox", "SomeBox"),
            ]),
            T.object("Connection", [T.field("edges", "[Edge]")]),
            T.object("Edge", [T.field("node", "Node")]),
            T.object("Node", [T.field("id", "ID"), T.field("name", "String")]),
            T.object("Query", [T.field("someBox", "SomeBox"), T.field("connection", "Connection")]),
        ])
    }()

    @Test func rejectsConflictingReturnTypesWhichMayOverlap() throws {
        try errors("""
                  {
                    someBox {
                      ...on IntBox {
                        scalar
                      }
                      ...on NonNullStringBox1 {
                        scalar
                      }
                    }
                  }
        """, [
            ExpectedError(Self.conflict("scalar", #"they return conflicting types "Int" and "String!""#), (5, 17), (8, 17)),
        ], schema: Self.boxSchema)
    }

    @Test func acceptsCompatibleReturnShapesOnDifferentReturnTypes() throws {
        // In this case `deepBox` returns `SomeBox` in the first usage, and `StringBox` in the
        // second. They are valid since the response shapes agree.
        try valid("""
                  {
                    someBox {
                      ... on SomeBox {
                        deepBox {
                          unrelatedField
                        }
                      }
                      ... on StringBox {
                        deepBox {
                          unrelatedField
                        }
                      }
                    }
                  }
        """, schema: Self.boxSchema)
    }

    @Test func rejectsDifferingReturnTypesDespiteNoOverlap() throws {
        try errors("""
                  {
                    someBox {
                      ... on IntBox {
                        scalar
                      }
                      ... on StringBox {
                        scalar
                      }
                    }
                  }
        """, [
            ExpectedError(Self.conflict("scalar", #"they return conflicting types "Int" and "String""#), (5, 17), (8, 17)),
        ], schema: Self.boxSchema)
    }

    @Test func reportsCorrectlyWhenANonExclusiveComparisonFollowsAnExclusiveOne() throws {
        try errors("""
                  {
                    someBox {
                      ... on IntBox {
                        deepBox {
                          ...X
                        }
                      }
                    }
                    someBox {
                      ... on StringBox {
                        deepBox {
                          ...Y
                        }
                      }
                    }
                    memoed: someBox {
                      ... on IntBox {
                        deepBox {
                          ...X
                        }
                      }
                    }
                    memoed: someBox {
                      ... on StringBox {
                        deepBox {
                          ...Y
                        }
                      }
                    }
                    other: someBox {
                      ...X
                    }
                    other: someBox {
                      ...Y
                    }
                  }
                  fragment X on SomeBox {
                    scalar
                  }
                  fragment Y on SomeBox {
                    scalar: unrelatedField
                  }
        """, [
            ExpectedError(
                Self.conflict("other", #"subfields "scalar" conflict because "scalar" and "unrelatedField" are different fields"#),
                (31, 13), (39, 13), (34, 13), (42, 13)
            ),
        ], schema: Self.boxSchema)
    }

    @Test func rejectsDifferingReturnTypeNullabilityDespiteNoOverlap() throws {
        try errors("""
                  {
                    someBox {
                      ... on NonNullStringBox1 {
                        scalar
                      }
                      ... on StringBox {
                        scalar
                      }
                    }
                  }
        """, [
            ExpectedError(Self.conflict("scalar", #"they return conflicting types "String!" and "String""#), (5, 17), (8, 17)),
        ], schema: Self.boxSchema)
    }

    @Test func rejectsAListAgainstANonListDespiteNoOverlap() throws {
        try errors("""
                  {
                    someBox {
                      ... on IntBox {
                        box: listStringBox {
                          scalar
                        }
                      }
                      ... on StringBox {
                        box: stringBox {
                          scalar
                        }
                      }
                    }
                  }
        """, [
            ExpectedError(Self.conflict("box", #"they return conflicting types "[StringBox]" and "StringBox""#), (5, 17), (10, 17)),
        ], schema: Self.boxSchema)

        try errors("""
                  {
                    someBox {
                      ... on IntBox {
                        box: stringBox {
                          scalar
                        }
                      }
                      ... on StringBox {
                        box: listStringBox {
                          scalar
                        }
                      }
                    }
                  }
        """, [
            ExpectedError(Self.conflict("box", #"they return conflicting types "StringBox" and "[StringBox]""#), (5, 17), (10, 17)),
        ], schema: Self.boxSchema)
    }

    @Test func rejectsDifferingSubfields() throws {
        try errors("""
                  {
                    someBox {
                      ... on IntBox {
                        box: stringBox {
                          val: scalar
                          val: unrelatedField
                        }
                      }
                      ... on StringBox {
                        box: stringBox {
                          val: scalar
                        }
                      }
                    }
                  }
        """, [
            ExpectedError(Self.conflict("val", #""scalar" and "unrelatedField" are different fields"#), (6, 19), (7, 19)),
        ], schema: Self.boxSchema)
    }

    @Test func rejectsDifferingDeepReturnTypesDespiteNoOverlap() throws {
        try errors("""
                  {
                    someBox {
                      ... on IntBox {
                        box: stringBox {
                          scalar
                        }
                      }
                      ... on StringBox {
                        box: intBox {
                          scalar
                        }
                      }
                    }
                  }
        """, [
            ExpectedError(
                Self.conflict("box", #"subfields "scalar" conflict because they return conflicting types "String" and "Int""#),
                (5, 17), (6, 19), (10, 17), (11, 19)
            ),
        ], schema: Self.boxSchema)
    }

    @Test func acceptsNonConflictingOverlappingTypes() throws {
        try valid("""
                  {
                    someBox {
                      ... on IntBox {
                        scalar: unrelatedField
                      }
                      ... on StringBox {
                        scalar
                      }
                    }
                  }
        """, schema: Self.boxSchema)
    }

    @Test func acceptsSameWrappedScalarReturnTypes() throws {
        try valid("""
                  {
                    someBox {
                      ...on NonNullStringBox1 {
                        scalar
                      }
                      ...on NonNullStringBox2 {
                        scalar
                      }
                    }
                  }
        """, schema: Self.boxSchema)
    }

    @Test func acceptsInlineFragmentsWithoutATypeCondition() throws {
        try valid("""
                  {
                    a
                    ... {
                      a
                    }
                  }
        """, schema: Self.boxSchema)
    }

    @Test func comparesDeepTypesIncludingLists() throws {
        try errors("""
                  {
                    connection {
                      ...edgeID
                      edges {
                        node {
                          id: name
                        }
                      }
                    }
                  }

                  fragment edgeID on Connection {
                    edges {
                      node {
                        id
                      }
                    }
                  }
        """, [
            ExpectedError(
                Self.conflict(
                    "edges",
                    #"subfields "node" conflict because subfields "id" conflict because "name" and "id" are different fields"#
                ),
                (5, 15), (6, 17), (7, 19), (14, 13), (15, 15), (16, 17)
            ),
        ], schema: Self.boxSchema)
    }

    @Test func ignoresUnknownTypes() throws {
        try valid("""
                  {
                    someBox {
                      ...on UnknownType {
                        scalar
                      }
                      ...on NonNullStringBox2 {
                        scalar
                      }
                    }
                  }
        """, schema: Self.boxSchema)
    }

    @Test func acceptsFieldNamesThatAreJavaScriptKeywords() throws {
        let schema = TestSchema.make(query: "Query", types: [
            TestSchema.object("Foo", [TestSchema.field("constructor", "String")]),
            TestSchema.object("Query", [TestSchema.field("foo", "Foo")]),
        ])
        try valid("""
                  {
                    foo {
                      constructor
                    }
                  }
        """, schema: schema)
    }

    @Test func comparesMetaFieldsByNameOnly() throws {
        try errors("""
                  {
                    someBox {
                      __typename
                      __typename: unrelatedField
                    }
                  }
        """, [
            ExpectedError(Self.conflict("__typename", #""__typename" and "unrelatedField" are different fields"#), (4, 15), (5, 15)),
        ], schema: Self.boxSchema)
    }
}
