import GraphQL
import Testing

@Suite struct PossibleFragmentSpreadsRuleTests {
    /// graphql-js's schema for this rule.
    static let schema: Schema = {
        let name = TestSchema.field("name", "String")
        let iq = TestSchema.field("iq", "Int")
        return TestSchema.make(query: "Query", types: [
            TestSchema.interface("Being", [name]),
            TestSchema.interface("Pet", implements: ["Being"], [name]),
            TestSchema.object("Dog", implements: ["Being", "Pet"], [name, TestSchema.field("barkVolume", "Int")]),
            TestSchema.object("Cat", implements: ["Being", "Pet"], [name, TestSchema.field("meowVolume", "Int")]),
            TestSchema.union("CatOrDog", ["Cat", "Dog"]),
            TestSchema.interface("Intelligent", [iq]),
            TestSchema.object("Human", implements: ["Being", "Intelligent"], [name, TestSchema.field("pets", "[Pet]"), iq]),
            TestSchema.object("Alien", implements: ["Being", "Intelligent"], [name, iq]),
            TestSchema.union("DogOrHuman", ["Dog", "Human"]),
            TestSchema.union("HumanOrAlien", ["Human", "Alien"]),
            TestSchema.object("Query", [
                TestSchema.field("catOrDog", "CatOrDog"),
                TestSchema.field("dogOrHuman", "DogOrHuman"),
                TestSchema.field("humanOrAlien", "HumanOrAlien"),
            ]),
        ])
    }()

    let check = RuleTester(PossibleFragmentSpreadsRule(), schema: schema)

    @Test(arguments: [
        // the same object
        """
              fragment objectWithinObject on Dog { ...dogFragment }
              fragment dogFragment on Dog { barkVolume }
        """,
        // the same object, inline
        """
              fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
        """,
        // an object into an interface it implements
        """
              fragment objectWithinInterface on Pet { ...dogFragment }
              fragment dogFragment on Dog { barkVolume }
        """,
        // an object into a union containing it
        """
              fragment objectWithinUnion on CatOrDog { ...dogFragment }
              fragment dogFragment on Dog { barkVolume }
        """,
        // a union into an object it contains
        """
              fragment unionWithinObject on Dog { ...catOrDogFragment }
              fragment catOrDogFragment on CatOrDog { __typename }
        """,
        // a union into an overlapping interface
        """
              fragment unionWithinInterface on Pet { ...catOrDogFragment }
              fragment catOrDogFragment on CatOrDog { __typename }
        """,
        // a union into an overlapping union
        """
              fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
              fragment catOrDogFragment on CatOrDog { __typename }
        """,
        // an interface into an object implementing it
        """
              fragment interfaceWithinObject on Dog { ...petFragment }
              fragment petFragment on Pet { name }
        """,
        // an interface into an overlapping interface
        """
              fragment interfaceWithinInterface on Pet { ...beingFragment }
              fragment beingFragment on Being { name }
        """,
        // an interface into an overlapping interface, inline
        """
              fragment interfaceWithinInterface on Pet { ... on Being { name } }
        """,
        // an interface into an overlapping union
        """
              fragment interfaceWithinUnion on CatOrDog { ...petFragment }
              fragment petFragment on Pet { name }
        """,
        // a non-composite type condition is FragmentsOnCompositeTypesRule's
        """
              fragment petFragment on Pet { ...badInADifferentWay }
              fragment badInADifferentWay on String { name }
        """,
        // an unknown fragment is KnownFragmentNamesRule's
        """
              fragment petFragment on Pet { ...UnknownFragment }
        """,
    ])
    func acceptsPossibleSpreads(query: String) throws {
        try check.valid(query)
    }

    @Test func rejectsADifferentObjectIntoAnObject() throws {
        try check.errors("""
              fragment invalidObjectWithinObject on Cat { ...dogFragment }
              fragment dogFragment on Dog { barkVolume }
        """, [
            ExpectedError("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 51)),
        ])
    }

    @Test func rejectsADifferentObjectIntoAnObjectInline() throws {
        try check.errors("""
              fragment invalidObjectWithinObjectAnon on Cat {
                ... on Dog { barkVolume }
              }
        """, [
            ExpectedError("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (3, 9)),
        ])
    }

    @Test func rejectsAnObjectIntoAnInterfaceItDoesNotImplement() throws {
        try check.errors("""
              fragment invalidObjectWithinInterface on Pet { ...humanFragment }
              fragment humanFragment on Human { pets { name } }
        """, [
            ExpectedError("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (2, 54)),
        ])
    }

    @Test func rejectsAnObjectIntoAUnionNotContainingIt() throws {
        try check.errors("""
              fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
              fragment humanFragment on Human { pets { name } }
        """, [
            ExpectedError("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (2, 55)),
        ])
    }

    @Test func rejectsAUnionIntoAnObjectItDoesNotContain() throws {
        try check.errors("""
              fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
              fragment catOrDogFragment on CatOrDog { __typename }
        """, [
            ExpectedError("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", (2, 52)),
        ])
    }

    @Test func rejectsAUnionIntoANonOverlappingInterface() throws {
        try check.errors("""
              fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
              fragment humanOrAlienFragment on HumanOrAlien { __typename }
        """, [
            ExpectedError("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (2, 53)),
        ])
    }

    @Test func rejectsAUnionIntoANonOverlappingUnion() throws {
        try check.errors("""
              fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
              fragment humanOrAlienFragment on HumanOrAlien { __typename }
        """, [
            ExpectedError("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (2, 54)),
        ])
    }

    @Test func rejectsAnInterfaceIntoAnObjectNotImplementingIt() throws {
        try check.errors("""
              fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
              fragment intelligentFragment on Intelligent { iq }
        """, [
            ExpectedError("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Intelligent\".", (2, 54)),
        ])
    }

    @Test func rejectsAnInterfaceIntoANonOverlappingInterface() throws {
        try check.errors("""
              fragment invalidInterfaceWithinInterface on Pet {
                ...intelligentFragment
              }
              fragment intelligentFragment on Intelligent { iq }
        """, [
            ExpectedError("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (3, 9)),
        ])
    }

    @Test func rejectsAnInterfaceIntoANonOverlappingInterfaceInline() throws {
        try check.errors("""
              fragment invalidInterfaceWithinInterfaceAnon on Pet {
                ...on Intelligent { iq }
              }
        """, [
            ExpectedError("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (3, 9)),
        ])
    }

    @Test func rejectsAnInterfaceIntoANonOverlappingUnion() throws {
        try check.errors("""
              fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
              fragment petFragment on Pet { name }
        """, [
            ExpectedError("Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", (2, 62)),
        ])
    }
}
