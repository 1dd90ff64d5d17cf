import GraphQL
import Testing

@Suite struct KnownArgumentNamesRuleTests {
    let check = RuleTester(KnownArgumentNamesRule())

    @Test(arguments: [
        // a single known argument
        """
              fragment argOnRequiredArg on Dog {
                doesKnowCommand(dogCommand: SIT)
              }
        """,
        // several known arguments
        """
              fragment multipleArgs on ComplicatedArgs {
                multipleReqs(req1: 1, req2: 2)
              }
        """,
        // arguments of an unknown field
        """
              fragment argOnUnknownField on Dog {
                unknownField(unknownArg: SIT)
              }
        """,
        // known arguments in reverse order
        """
              fragment multipleArgsReverseOrder on ComplicatedArgs {
                multipleReqs(req2: 2, req1: 1)
              }
        """,
        // no argument for an optional one
        """
              fragment noArgOnOptionalArg on Dog {
                isHouseTrained
              }
        """,
        // known arguments deeply
        """
              {
                dog {
                  doesKnowCommand(dogCommand: SIT)
                }
                human {
                  pet {
                    ... on Dog {
                      doesKnowCommand(dogCommand: SIT)
                    }
                  }
                }
              }
        """,
        // a known directive argument
        """
              {
                dog @skip(if: true)
              }
        """,
        // a directive without arguments
        """
              {
                dog @onField
              }
        """,
        // arguments of an unknown directive are KnownDirectivesRule's
        """
              {
                dog @unknown(anything: true)
              }
        """,
        // the meta-field __type
        """
              {
                __type(name: "Dog") { name }
              }
        """,
    ])
    func acceptsKnownArguments(query: String) throws {
        try check.valid(query)
    }

    @Test func rejectsAnUnknownDirectiveArgument() throws {
        try check.errors("""
              {
                dog @skip(unless: true)
              }
        """, [
            ExpectedError("Unknown argument \"unless\" on directive \"@skip\".", (3, 19)),
        ])
    }

    @Test func rejectsAnArgumentToADirectiveWithoutArguments() throws {
        try check.errors("""
              {
                dog @onField(if: true)
              }
        """, [
            ExpectedError("Unknown argument \"if\" on directive \"@onField\".", (3, 22)),
        ])
    }

    @Test func suggestsTheDirectiveArgumentMeant() throws {
        try check.errors("""
              {
                dog @skip(iff: true)
              }
        """, [
            ExpectedError("Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?", (3, 19)),
        ])
    }

    @Test func rejectsAnUnknownFieldArgument() throws {
        try check.errors("""
              fragment invalidArgName on Dog {
                doesKnowCommand(unknown: true)
              }
        """, [
            ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 25)),
        ])
    }

    @Test func suggestsTheFieldArgumentMeant() throws {
        try check.errors("""
              fragment invalidArgName on Dog {
                doesKnowCommand(DogCommand: true)
              }
        """, [
            ExpectedError("Unknown argument \"DogCommand\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", (3, 25)),
        ])
    }

    @Test func rejectsUnknownArgumentsAmongKnownOnes() throws {
        try check.errors("""
              fragment oneGoodArgOneInvalidArg on Dog {
                doesKnowCommand(whoKnows: 1, dogCommand: SIT, unknown: true)
              }
        """, [
            ExpectedError("Unknown argument \"whoKnows\" on field \"Dog.doesKnowCommand\".", (3, 25)),
            ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (3, 55)),
        ])
    }

    @Test func rejectsUnknownArgumentsDeeply() throws {
        try check.errors("""
              {
                dog {
                  doesKnowCommand(unknown: true)
                }
                human {
                  pet {
                    ... on Dog {
                      doesKnowCommand(unknown: true)
                    }
                  }
                }
              }
        """, [
            ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (4, 27)),
            ExpectedError("Unknown argument \"unknown\" on field \"Dog.doesKnowCommand\".", (9, 31)),
        ])
    }

    @Test func reportsADirectiveArgumentOnceOnAField() throws {
        try check.errors("""
              {
                dog {
                  doesKnowCommand(dogCommand: SIT) @include(dogCommand: true, if: true)
                }
              }
        """, [
            ExpectedError("Unknown argument \"dogCommand\" on directive \"@include\".", (4, 53)),
        ])
    }
}
