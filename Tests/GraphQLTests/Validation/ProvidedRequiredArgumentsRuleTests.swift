import GraphQL
import Testing

@Suite struct ProvidedRequiredArgumentsRuleTests {
    let check = RuleTester(ProvidedRequiredArgumentsRule())

    @Test(arguments: [
        // unknown arguments are KnownArgumentNamesRule's
        """
                {
                  dog {
                    isHouseTrained(unknownArgument: true)
                  }
                }
        """,
        // an optional argument given
        """
                {
                  dog {
                    isHouseTrained(atOtherHomes: true)
                  }
                }
        """,
        // an optional argument left out
        """
                {
                  dog {
                    isHouseTrained
                  }
                }
        """,
        // a non-null argument with a default left out
        """
                {
                  complicatedArgs {
                    nonNullFieldWithDefault
                  }
                }
        """,
        // several required arguments
        """
                {
                  complicatedArgs {
                    multipleReqs(req1: 1, req2: 2)
                  }
                }
        """,
        // several required arguments in reverse order
        """
                {
                  complicatedArgs {
                    multipleReqs(req2: 2, req1: 1)
                  }
                }
        """,
        // several optional arguments left out
        """
                {
                  complicatedArgs {
                    multipleOpts
                  }
                }
        """,
        // one of several optional arguments
        """
                {
                  complicatedArgs {
                    multipleOpts(opt1: 1)
                  }
                }
        """,
        // the second of several optional arguments
        """
                {
                  complicatedArgs {
                    multipleOpts(opt2: 1)
                  }
                }
        """,
        // the required ones of mixed arguments
        """
                {
                  complicatedArgs {
                    multipleOptAndReq(req1: 3, req2: 4)
                  }
                }
        """,
        // the required ones and one optional
        """
                {
                  complicatedArgs {
                    multipleOptAndReq(req1: 3, req2: 4, opt1: 5)
                  }
                }
        """,
        // all of mixed arguments
        """
                {
                  complicatedArgs {
                    multipleOptAndReq(req1: 3, req2: 4, opt1: 5, opt2: 6)
                  }
                }
        """,
        // unknown directives are KnownDirectivesRule's
        """
                {
                  dog @unknown
                }
        """,
        // directives given their arguments
        """
                {
                  dog @include(if: true) {
                    name
                  }
                  human @skip(if: false) {
                    name
                  }
                }
        """,
    ])
    func acceptsProvidedArguments(query: String) throws {
        try check.valid(query)
    }

    @Test func rejectsAMissingRequiredArgument() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    multipleReqs(req2: 2)
                  }
                }
        """, [
            ExpectedError("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (4, 13)),
        ])
    }

    @Test func rejectsEachMissingRequiredArgument() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    multipleReqs
                  }
                }
        """, [
            ExpectedError("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", (4, 13)),
            ExpectedError("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (4, 13)),
        ])
    }

    @Test func rejectsAMissingArgumentBesideAWrongOne() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    multipleReqs(req1: "one")
                  }
                }
        """, [
            ExpectedError("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (4, 13)),
        ])
    }

    @Test func rejectsDirectivesMissingTheirArguments() throws {
        try check.errors("""
                {
                  dog @include {
                    name @skip
                  }
                }
        """, [
            ExpectedError("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (3, 15)),
            ExpectedError("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (4, 18)),
        ])
    }

    @Test func reportsDeeperErrorsFirst() throws {
        try check.errors("""
                {
                  complicatedArgs {
                    multipleReqs(req1: 1) @include
                  }
                }
        """, [
            ExpectedError("Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", (4, 35)),
            ExpectedError("Field \"multipleReqs\" argument \"req2\" of type \"Int!\" is required, but it was not provided.", (4, 13)),
        ])
    }

    @Test func rejectsTypeWithoutItsName() throws {
        try check.errors("""
                {
                  __type { name }
                }
        """, [
            ExpectedError("Field \"__type\" argument \"name\" of type \"String!\" is required, but it was not provided.", (3, 11)),
        ])
    }
}
